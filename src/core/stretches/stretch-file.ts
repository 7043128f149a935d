// The file a person shares their stretches in: a physiotherapist hands a patient theirs, a team
// its favourites. Versioned JSON, documented in docs/STRETCH-FILE.md. Reading a file is all or
// nothing: any problem refuses the whole file with its reasons, and nothing changes.
import { checkCustomStretch, CUSTOM_LIMITS, newCustomId, type CustomStretch, type Problem } from './custom';

export const STRETCH_FILE_FORMAT = 'unhunch-stretches';
export const STRETCH_FILE_VERSION = 1;
/** Larger than any valid file of STRETCHES_MAX stretches; refused before parsing. */
export const STRETCH_FILE_MAX_BYTES = 256 * 1024;

export interface StretchFile {
  format: typeof STRETCH_FILE_FORMAT;
  version: typeof STRETCH_FILE_VERSION;
  exportedAt: string;
  stretches: CustomStretch[];
}

export function stretchFile(stretches: readonly CustomStretch[], now: number): StretchFile {
  return {
    format: STRETCH_FILE_FORMAT,
    version: STRETCH_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    stretches: structuredClone([...stretches]),
  };
}

export type ReadResult = { ok: true; stretches: CustomStretch[] } | { ok: false; problems: Problem[] };

/**
 * Reads a shared file. `figures` are the built-in ids a drawing may name. Refuses a file that is
 * not JSON, not ours, of another version, with missing or unknown fields, text too long, too
 * many stretches, a figure that does not exist, or one id twice.
 */
export function readStretchFile(text: string, figures: ReadonlySet<string>): ReadResult {
  if (text.length > STRETCH_FILE_MAX_BYTES) return { ok: false, problems: [{ path: '', code: 'tooLong', limit: STRETCH_FILE_MAX_BYTES }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', code: 'wrongType' }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problems: [{ path: '', code: 'wrongType' }] };
  const file = value as Record<string, unknown>;
  const problems: Problem[] = [];
  if (file.format !== STRETCH_FILE_FORMAT) problems.push({ path: 'format', code: file.format === undefined ? 'missing' : 'wrongType' });
  if (file.version !== STRETCH_FILE_VERSION)
    problems.push({ path: 'version', code: file.version === undefined ? 'missing' : 'outOfRange', limit: STRETCH_FILE_VERSION });
  for (const key of Object.keys(file))
    if (!['format', 'version', 'exportedAt', 'stretches'].includes(key)) problems.push({ path: key, code: 'unknownField' });
  if (problems.length) return { ok: false, problems };

  if (!Array.isArray(file.stretches))
    return { ok: false, problems: [{ path: 'stretches', code: file.stretches === undefined ? 'missing' : 'wrongType' }] };
  if (file.stretches.length > CUSTOM_LIMITS.STRETCHES_MAX)
    return { ok: false, problems: [{ path: 'stretches', code: 'tooMany', limit: CUSTOM_LIMITS.STRETCHES_MAX }] };
  const stretches: CustomStretch[] = [];
  const seen = new Set<string>();
  file.stretches.forEach((entry, i) => {
    const checked = checkCustomStretch(entry, `stretches[${i}]`, figures);
    if ('problems' in checked) return problems.push(...checked.problems);
    if (seen.has(checked.stretch.id)) return problems.push({ path: `stretches[${i}].id`, code: 'duplicateId' });
    seen.add(checked.stretch.id);
    stretches.push(checked.stretch);
  });
  return problems.length ? { ok: false, problems } : { ok: true, stretches };
}

/**
 * What importing `incoming` next to `existing` would do. A stretch whose id is already present is
 * never overwritten: it is offered as a copy with an id of its own. `room` is how many more the
 * person may keep; an import that does not fit is refused whole.
 */
export function planImport(
  existing: readonly CustomStretch[],
  incoming: readonly CustomStretch[],
  now: number,
  random: () => number,
): { ok: true; added: CustomStretch[]; copies: { of: string; id: string }[] } | { ok: false; problems: Problem[] } {
  if (existing.length + incoming.length > CUSTOM_LIMITS.STRETCHES_MAX) {
    return { ok: false, problems: [{ path: 'stretches', code: 'tooMany', limit: CUSTOM_LIMITS.STRETCHES_MAX - existing.length }] };
  }
  const taken = new Set(existing.map((s) => s.id));
  const copies: { of: string; id: string }[] = [];
  const added = incoming.map((s) => {
    if (!taken.has(s.id)) {
      taken.add(s.id);
      return { ...structuredClone(s), updatedAt: now };
    }
    const id = newCustomId(taken, random);
    taken.add(id);
    copies.push({ of: s.id, id });
    return { ...structuredClone(s), id, updatedAt: now };
  });
  return { ok: true, added, copies };
}
