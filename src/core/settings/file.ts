// The settings file users export and import. Import is strict: one problem anywhere and nothing is
// applied; the caller gets every problem (up to a sane number) to show.
import type { Settings } from './defaults';
import { migrate, type Raw } from './migrations';
import { SETTINGS_VERSION } from './schema';
import { validateSettings, type SettingsError } from './validate';

export const FILE_APP = 'unhunch';
export const FILE_KIND = 'settings';
/** Far above any real export (about 2 KB); stops a wrong file from being parsed at all. */
export const MAX_FILE_BYTES = 256 * 1024;

const TOP_KEYS = ['app', 'kind', 'schemaVersion', 'exportedAt', 'settings'];

export type FileProblem =
  | { code: 'empty' }
  | { code: 'tooLarge'; maxKb: number }
  | { code: 'invalidJson'; detail: string }
  | { code: 'notSettingsFile' }
  | { code: 'unknownTopField'; field: string }
  | { code: 'newerVersion'; version: number }
  | { code: 'badVersion' }
  | { code: 'field'; error: SettingsError };

export type ParsedFile = { ok: true; settings: Settings; fromVersion: number } | { ok: false; problems: FileProblem[] };

export function settingsFile(settings: Settings, nowMs: number): string {
  const body = { app: FILE_APP, kind: FILE_KIND, schemaVersion: SETTINGS_VERSION, exportedAt: new Date(nowMs).toISOString(), settings };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export function parseSettingsFile(text: string): ParsedFile {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, problems: [{ code: 'empty' }] };
  if (text.length > MAX_FILE_BYTES) return { ok: false, problems: [{ code: 'tooLarge', maxKb: MAX_FILE_BYTES / 1024 }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    // Deep nesting can also end up here, as a RangeError from the parser.
    return { ok: false, problems: [{ code: 'invalidJson', detail: String((err as Error)?.message ?? err).slice(0, 120) }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problems: [{ code: 'notSettingsFile' }] };
  const file = data as Raw;
  if (
    file.app !== FILE_APP ||
    file.kind !== FILE_KIND ||
    typeof file.settings !== 'object' ||
    file.settings === null ||
    Array.isArray(file.settings)
  ) {
    return { ok: false, problems: [{ code: 'notSettingsFile' }] };
  }
  const problems: FileProblem[] = [];
  for (const key of Object.keys(file)) {
    if (!TOP_KEYS.includes(key)) problems.push({ code: 'unknownTopField', field: key.slice(0, 40) });
  }
  if (problems.length > 5) problems.splice(5);
  const migrated = migrate({ ...(file.settings as Raw), schemaVersion: file.schemaVersion });
  if (!migrated.ok) {
    if (migrated.reason === 'newerVersion') problems.push({ code: 'newerVersion', version: migrated.version as number });
    else problems.push({ code: 'badVersion' });
    return { ok: false, problems };
  }
  const { schemaVersion: _v, ...fields } = migrated.raw;
  const { settings, errors } = validateSettings(fields);
  for (const error of errors) problems.push({ code: 'field', error });
  return problems.length ? { ok: false, problems } : { ok: true, settings, fromVersion: migrated.from };
}
