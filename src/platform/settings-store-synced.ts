import type { Settings } from '../core/settings/defaults';
import { fromStored, toStored, type StoredRead } from '../core/settings/stored';
import { validateSettings } from '../core/settings/validate';
import type { StorageArea } from './settings-store-areas';
import { SettingsInvalidError, type SettingsNotice, type SettingsReader, type SettingsStore } from './settings-store';

export const SETTINGS_KEY = 'settings';

export interface SettingsAreas {
  /** null when the browser offers no storage.sync. */
  sync: StorageArea | null;
  local: StorageArea;
  now?: () => number;
}

async function read(area: StorageArea | null): Promise<StoredRead | 'failed' | null> {
  if (!area) return null;
  try {
    return fromStored(await area.get(SETTINGS_KEY));
  } catch {
    return 'failed';
  }
}

/**
 * Reading the settings from two storage areas. storage.sync holds the settings; a copy in
 * storage.local exists only while sync could not take the last save, and then wins if it is
 * newer, so a change made while sync was full is not lost on the next load.
 */
export function syncedSettingsReader({ sync, local }: SettingsAreas): SettingsReader {
  async function load(): Promise<{ settings: Settings; notices: SettingsNotice[] }> {
    const [fromSync, fromLocal] = await Promise.all([read(sync), read(local)]);
    const usable = (r: StoredRead | 'failed' | null): r is StoredRead => r !== null && r !== 'failed' && r.problem !== 'empty';
    let chosen: StoredRead | null = null;
    let where: 'sync' | 'local' = 'sync';
    if (usable(fromSync)) chosen = fromSync;
    if (usable(fromLocal) && (!chosen || fromLocal.savedAtMs > chosen.savedAtMs)) {
      chosen = fromLocal;
      where = 'local';
    }
    const notices: SettingsNotice[] = [];
    if (!chosen) return { settings: validateSettings({}).settings, notices };
    if (where === 'local' || sync === null || fromSync === 'failed') notices.push({ code: 'localOnly' });
    if (chosen.problem === 'unreadable') notices.push({ code: 'unreadable' });
    if (chosen.problem === 'newerVersion') notices.push({ code: 'newerVersion' });
    const fields = chosen.errors.flatMap((e) => ('field' in e ? [e.field] : []));
    if (fields.length) notices.push({ code: 'repaired', fields });
    return { settings: chosen.settings, notices };
  }

  return {
    load,
    onChange(listener) {
      let last = '';
      let latest = 0;
      const reload = () => {
        // Two quick writes mean two change events; a slow first read must not land after the
        // second and bring back the older value.
        const mine = ++latest;
        void load().then(({ settings }) => {
          if (mine !== latest) return;
          const json = JSON.stringify(settings);
          if (json === last) return;
          last = json;
          listener(settings);
        });
      };
      void load().then(({ settings }) => { if (last === '') last = JSON.stringify(settings); });
      sync?.onKeyChanged(SETTINGS_KEY, reload);
      local.onKeyChanged(SETTINGS_KEY, reload);
    },
  };
}

/** The settings store on two storage areas: the reader, plus saving (see above for where). */
export function syncedSettingsStore(areas: SettingsAreas): SettingsStore {
  const { sync, local, now = Date.now } = areas;
  return {
    ...syncedSettingsReader(areas),
    async save(settings) {
      const { settings: clean, errors } = validateSettings(settings);
      if (errors.length) throw new SettingsInvalidError(errors);
      const record = toStored(clean, now());
      if (sync) {
        try {
          await sync.set(SETTINGS_KEY, record);
          // The local copy was only there because sync failed before; now it is stale.
          await local.remove(SETTINGS_KEY).catch(() => undefined);
          return 'sync';
        } catch {
          // Over quota, too many writes per minute, or sync switched off: keep it on this device.
        }
      }
      await local.set(SETTINGS_KEY, record);
      return 'local';
    },
    async reset() {
      await Promise.all([sync?.remove(SETTINGS_KEY).catch(() => undefined), local.remove(SETTINGS_KEY)]);
    },
  };
}
