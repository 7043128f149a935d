// A person's own stretch, or a shared file of them, judged by core/stretches/custom.ts: its
// problems come as data (path, code, limit) and become words here, once, for the editor (next to
// the field, so only what is wrong) and for a refused file (where in the file, then what).
import { CUSTOM_LIMITS, type Problem } from '../core/stretches/custom';
import { STRETCH_FILE_MAX_BYTES } from '../core/stretches/stretch-file';
import { t } from '../shared/i18n';

const L = CUSTOM_LIMITS;

/** The last field a path names: `stretches[2].dose.count` → `count`, `stretches[0].steps[1]` → `steps`. */
const lastField = (path: string) => /(\w+)(?:\[\d+\])?$/.exec(path)?.[1] ?? '';

/** What is wrong, in words that say what is allowed. */
export function fieldProblemText(p: Problem): string {
  const field = lastField(p.path);
  const step = /\.steps\[\d+\]$/.test(p.path);
  if (field === 'count') return t('customErrBreaths', L.BREATHS_MIN, L.BREATHS_MAX);
  if (field === 'seconds') return t('customErrHold', L.HOLD_SEC_MIN, L.HOLD_SEC_MAX);
  if (p.code === 'unknownField' && field === 'dose') return t('customErrUnknownInside');
  if (p.code === 'unknownField' && field === 'sidePlan') return t('customErrSidePlanOneSide');
  switch (p.code) {
    case 'missing':
      return t('customErrMissing');
    case 'unknownField':
      return t('customErrUnknownField', field);
    case 'wrongType':
      return t('customErrWrongType');
    case 'empty':
      return step ? t('customErrEmptyStep') : field === 'name' ? t('customErrEmptyName') : t('customErrEmpty');
    case 'tooLong':
      return t('customErrTooLong', p.limit ?? 0);
    case 'tooMany':
      return field === 'steps'
        ? t('customErrTooManySteps', p.limit ?? L.STEPS_MAX)
        : t('customErrTooManyStretches', p.limit ?? L.STRETCHES_MAX);
    case 'tooFew':
      return t('customErrTooFewSteps');
    case 'outOfRange':
      return t('customErrWrongType');
    case 'badId':
      return t('customErrBadId');
    case 'noSuchFigure':
      return t('customErrNoSuchFigure');
    case 'duplicateId':
      return t('customErrDuplicateId');
  }
}

/** The name of a stretch's field, as the editor labels it. */
function fieldName(path: string): string {
  const step = /\.steps\[(\d+)\]/.exec(path);
  if (step) return t('customStepLabel', Number(step[1]) + 1);
  const field = /^stretches\[\d+\]\.(\w+)/.exec(path)?.[1];
  const labels: Record<string, string> = {
    id: 'customFieldId',
    name: 'customFieldName',
    steps: 'customFieldSteps',
    position: 'customFieldPosition',
    deskFriendly: 'customFieldDesk',
    dose: 'customFieldDose',
    sides: 'customFieldSides',
    sidePlan: 'customFieldSides',
    areas: 'customFieldAreas',
    caution: 'customFieldCaution',
    figure: 'customFieldFigure',
    updatedAt: 'customFieldUpdated',
  };
  return field && labels[field] ? t(labels[field]) : (field ?? '');
}

/** One line of a refused file's report: where in the file, then what is wrong there. */
export function fileProblemLine(p: Problem): string {
  if (p.path === '')
    return p.code === 'tooLong' ? t('customFileTooBig', Math.round(STRETCH_FILE_MAX_BYTES / 1024)) : t('customFileNotJson');
  if (p.path === 'format') return t('customFileNotOurs');
  if (p.path === 'version') return p.code === 'missing' ? t('customFileNoVersion') : t('customFileOtherVersion', p.limit ?? 1);
  if (p.path === 'stretches') {
    if (p.code === 'tooMany') return t('customErrTooManyStretches', p.limit ?? L.STRETCHES_MAX);
    return t('customFileNoList');
  }
  const stretch = /^stretches\[(\d+)\]/.exec(p.path);
  if (!stretch) return t('customErrUnknownField', p.path);
  const number = Number(stretch[1]) + 1;
  if (p.path === stretch[0]) return `${t('customFileStretch', number)}: ${t('customErrWrongType')}`;
  if (p.code === 'unknownField') return `${t('customFileStretch', number)}: ${fieldProblemText(p)}`;
  return `${t('customFileStretchField', number, fieldName(p.path))}: ${fieldProblemText(p)}`;
}
