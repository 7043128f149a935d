// Which stored copy of the settings wins, and what the user should be told about it. The
// settings store reads storage.sync and storage.local; this decides between what it found.
import type { Settings } from './defaults';
import type { StoredRead } from './stored';
import { validateSettings } from './validate';

/** Something the settings page should tell the user after loading. */
export type SettingsNotice =
  /** These fields held values this version cannot use; they show their defaults now. */
  | { code: 'repaired'; fields: string[] }
  /** The stored settings could not be read at all; everything shows its default. */
  | { code: 'unreadable' }
  /** Saved by a newer Unhunch (another device); fields this version knows are used. */
  | { code: 'newerVersion' }
  /** storage.sync is unavailable or full: the settings are kept on this device only. */
  | { code: 'localOnly' }
  /** An organisation's policy locks these settings; the page shows them disabled. */
  | { code: 'managed'; locked: string[] };

/** What one area gave: a read, 'failed' when reading threw, null when the area is missing. */
export type AreaRead = StoredRead | 'failed' | null;

/**
 * storage.sync holds the settings; a copy in storage.local exists only while sync could not take
 * the last save, and then wins if it is newer, so a change made while sync was full is not lost.
 */
export function chooseStoredSettings(fromSync: AreaRead, fromLocal: AreaRead): { settings: Settings; notices: SettingsNotice[] } {
  const usable = (r: AreaRead): r is StoredRead => r !== null && r !== 'failed' && r.problem !== 'empty';
  let chosen: StoredRead | null = null;
  let where: 'sync' | 'local' = 'sync';
  if (usable(fromSync)) chosen = fromSync;
  if (usable(fromLocal) && (!chosen || fromLocal.savedAtMs > chosen.savedAtMs)) {
    chosen = fromLocal;
    where = 'local';
  }
  const notices: SettingsNotice[] = [];
  if (!chosen) return { settings: validateSettings({}).settings, notices };
  if (where === 'local' || fromSync === null || fromSync === 'failed') notices.push({ code: 'localOnly' });
  if (chosen.problem === 'unreadable') notices.push({ code: 'unreadable' });
  if (chosen.problem === 'newerVersion') notices.push({ code: 'newerVersion' });
  const fields = chosen.errors.flatMap((e) => ('field' in e ? [e.field] : []));
  if (fields.length) notices.push({ code: 'repaired', fields });
  return { settings: chosen.settings, notices };
}
