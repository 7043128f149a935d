// Settings an organisation sets through the browser's enterprise policy (storage.managed). A
// policy has two parts: `defaults`, which replace Unhunch's own defaults, and `locked`, the
// settings a person cannot change (they take the policy's value, or Unhunch's default when the
// policy gives none). It may also ship `stretches` of the organisation's own, in the stretch
// file's shape (docs/STRETCH-FILE.md): dealt like the person's own, but theirs to switch off only.
// No policy is the normal case and changes nothing.
import { checkCustomStretch, CUSTOM_LIMITS, type CustomStretch, type Problem } from '../stretches/custom';
import { stretches as builtIns } from '../stretches/library';
import { defaultSettings, type Settings } from './defaults';
import { isSettingKey, settingKeys } from './schema';
import { settingsTable } from './settings-table';
import { validateField, type SettingsError } from './validate';

export interface Policy {
  defaults: Partial<Settings>;
  locked: (keyof Settings)[];
  /** The organisation's stretches; absent when the policy ships none (and in older cached copies). */
  stretches?: CustomStretch[];
}

/** The settings a policy may set and lock: the rows of the settings table that say `policy: true`. */
export const policyKeys = settingKeys.filter((k) => settingsTable[k].policy);

/** A setting a policy may not set reads, to the policy, as one that does not exist. */
const isPolicyKey = (key: string): key is keyof Settings => isSettingKey(key) && settingsTable[key].policy;

export const NO_POLICY: Policy = { defaults: {}, locked: [] };

export type PolicyProblem =
  | SettingsError
  | { code: 'unknownLocked'; field: string }
  | { code: 'notAPolicy' }
  /** One of `stretches` did not pass checkCustomStretch; it is left out, the others still apply. */
  | { code: 'badStretch'; index: number; problems: Problem[] };

export function isEmptyPolicy(p: Policy): boolean {
  return p.locked.length === 0 && Object.keys(p.defaults).length === 0 && !p.stretches?.length;
}

const FIGURES = new Set(builtIns.map((s) => s.id));

/** The policy's stretches that pass the stretch file's checks; each one that does not is reported. */
function parseStretches(raw: unknown, problems: PolicyProblem[]): CustomStretch[] {
  if (!Array.isArray(raw)) {
    problems.push({ code: 'notAPolicy' });
    return [];
  }
  const out: CustomStretch[] = [];
  raw.forEach((value, index) => {
    // Chrome's policy schema cannot say "object or null", so a stretch without a figure leaves it
    // out; and an administrator need not date what only the policy changes.
    const filled = typeof value === 'object' && value !== null && !Array.isArray(value) ? { figure: null, updatedAt: 0, ...value } : value;
    const checked = checkCustomStretch(filled, `stretches[${index}]`, FIGURES);
    if ('problems' in checked) problems.push({ code: 'badStretch', index, problems: checked.problems });
    else if (out.some((s) => s.id === checked.stretch.id))
      problems.push({ code: 'badStretch', index, problems: [{ path: `stretches[${index}].id`, code: 'duplicateId' }] });
    else if (out.length >= CUSTOM_LIMITS.STRETCHES_MAX)
      problems.push({ code: 'badStretch', index, problems: [{ path: 'stretches', code: 'tooMany', limit: CUSTOM_LIMITS.STRETCHES_MAX }] });
    else out.push(checked.stretch);
  });
  return out;
}

/**
 * Reads what storage.managed holds. A value that does not fit is left out and reported, the rest
 * still applies: an administrator's typo in one field must not undo the whole policy.
 */
export function parsePolicy(raw: unknown): { policy: Policy; problems: PolicyProblem[] } {
  const problems: PolicyProblem[] = [];
  if (raw === undefined || raw === null) return { policy: NO_POLICY, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { policy: NO_POLICY, problems: [{ code: 'notAPolicy' }] };
  const {
    defaults: rawDefaults,
    locked: rawLocked,
    stretches: rawStretches,
  } = raw as { defaults?: unknown; locked?: unknown; stretches?: unknown };
  const defaults: Partial<Settings> = {};
  if (typeof rawDefaults === 'object' && rawDefaults !== null && !Array.isArray(rawDefaults)) {
    for (const [field, value] of Object.entries(rawDefaults)) {
      if (!isPolicyKey(field)) {
        problems.push({ code: 'unknownField', field });
        continue;
      }
      const checked = validateField(field, value);
      if (checked.ok) (defaults as Record<string, unknown>)[field] = checked.value;
      else problems.push(checked.error);
    }
  } else if (rawDefaults !== undefined) {
    problems.push({ code: 'notAPolicy' });
  }
  const locked: (keyof Settings)[] = [];
  if (Array.isArray(rawLocked)) {
    for (const field of rawLocked) {
      if (typeof field === 'string' && isPolicyKey(field)) {
        if (!locked.includes(field)) locked.push(field);
      } else {
        problems.push({ code: 'unknownLocked', field: String(field).slice(0, 40) });
      }
    }
  } else if (rawLocked !== undefined) {
    problems.push({ code: 'notAPolicy' });
  }
  const stretches = rawStretches === undefined ? [] : parseStretches(rawStretches, problems);
  return { policy: { defaults, locked, ...(stretches.length ? { stretches } : {}) }, problems };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The settings in force: locked fields take the policy's value; a field the person left at
 * Unhunch's own default takes the policy's default instead; everything they changed stays theirs.
 * (So a person cannot pick Unhunch's default for a field the policy gives another default: the
 * organisation's default is the default.)
 */
export function applyPolicy(user: Settings, policy: Policy): Settings {
  if (isEmptyPolicy(policy)) return user;
  const builtIn = defaultSettings();
  const out = structuredClone(user) as Record<string, unknown>;
  for (const field of policyKeys) {
    const policyValue = policy.defaults[field];
    if (policy.locked.includes(field)) out[field] = structuredClone(policyValue ?? builtIn[field]);
    else if (policyValue !== undefined && same(user[field], builtIn[field])) out[field] = structuredClone(policyValue);
  }
  return out as Settings;
}
