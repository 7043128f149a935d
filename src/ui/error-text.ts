import type { FileProblem } from '../core/settings/file';
import type { PolicyProblem } from '../core/settings/policy';
import type { SettingsError } from '../core/settings/validate';
import type { WeekProblem } from '../core/settings/week';
import { t } from '../shared/i18n';
import { fieldLabel, isField } from './field-labels';
import { fileProblemLine } from './problem-text';

export function weekProblemText(p: WeekProblem): string {
  switch (p.code) {
    case 'notWeek':
      return t('optErrWeek');
    case 'tooManyRanges':
      return t('optErrTooManyRanges', p.max);
    case 'badTime':
      return t('optErrBadTime');
    case 'endBeforeStart':
      return t('optErrEndBeforeStart');
    case 'overlap':
      return t('optErrOverlap');
  }
}

/** The message under a control: says what is allowed, not only that something is wrong. */
export function fieldErrorText(e: SettingsError): string {
  switch (e.code) {
    case 'wrongType':
      return e.expected === 'int' ? t('optErrWholeNumber') : t('optErrWrongType');
    case 'outOfRange':
      return t('optErrRange', e.min, e.max);
    case 'notAChoice':
      return t('optErrChoice');
    case 'badList':
      return t('optErrList');
    case 'badWeek':
      return weekProblemText(e.problem);
    case 'unknownField':
      return t('optErrUnknownField', e.field);
    case 'notAnObject':
      return t('optErrNotObject');
    case 'moreProblems':
      return t('optErrMore', e.count);
  }
}

/** One line of the import report: names the field, then what is wrong with it. */
export function fileProblemText(p: FileProblem): string {
  switch (p.code) {
    case 'empty':
      return t('optImportEmpty');
    case 'tooLarge':
      return t('optImportTooLarge', p.maxKb);
    case 'invalidJson':
      return t('optImportInvalidJson', p.detail);
    case 'notSettingsFile':
      return t('optImportNotSettings');
    case 'unknownTopField':
      return t('optErrUnknownField', p.field);
    case 'newerVersion':
      return t('optImportNewer');
    case 'badVersion':
      return t('optImportBadVersion');
    case 'field': {
      const e = p.error;
      if ('field' in e && e.code !== 'unknownField' && isField(e.field)) return `${t(fieldLabel[e.field])}: ${fieldErrorText(e)}`;
      return fieldErrorText(e);
    }
  }
}

/**
 * The lines for one part of an organisation's policy that was left out. Its reader is whoever
 * wrote the policy, so a setting is named by its key as well as its label.
 */
export function policyProblemLines(p: PolicyProblem): string[] {
  switch (p.code) {
    case 'notAPolicy':
      return [t('policyErrShape')];
    case 'unknownLocked':
      return [t('policyErrLocked', p.field)];
    case 'badStretch':
      return p.problems.map(fileProblemLine);
    case 'wrongType':
    case 'outOfRange':
    case 'notAChoice':
    case 'badList':
    case 'badWeek':
      return [`${p.field} (${t(fieldLabel[p.field])}): ${fieldErrorText(p)}`];
    default:
      return [fieldErrorText(p)];
  }
}
