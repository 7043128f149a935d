import type { Settings } from '../core/settings/defaults';
import { chooseStoredSettings, type AreaRead } from '../core/settings/stored-choice';
import { fromStored, toStored } from '../core/settings/stored';
import { validateSettings } from '../core/settings/validate';
import type { StorageArea } from '../platform/storage-area';
import { SettingsInvalidError, type SettingsNotice, type SettingsReader, type SettingsStore } from './settings-store';
import { SETTINGS_KEY } from './keys';
import { onlyChanges } from './settings-store-changes';

export interface SettingsAreas {
  /** null when the browser offers no storage.sync. */
  sync: StorageArea | null;
  local: StorageArea;
  now?: () => number;
}

async function read(area: StorageArea | null): Promise<AreaRead> {
  if (!area) return null;
  try {
    return fromStored(await area.get(SETTINGS_KEY));
  } catch {
    return 'failed';
  }
}

/** Reading the settings from two storage areas; which copy wins is chooseStoredSettings'. */
export function syncedSettingsReader({ sync, local }: SettingsAreas): SettingsReader {
  async function load(): Promise<{ settings: Settings; notices: SettingsNotice[] }> {
    // A missing storage.sync reads as null, like an area that is not there.
    const [fromSync, fromLocal] = await Promise.all([read(sync), read(local)]);
    return chooseStoredSettings(fromSync, fromLocal);
  }

  return {
    load,
    onChange(listener) {
      const emit = onlyChanges(listener);
      let latest = 0;
      const reload = () => {
        // Two quick writes mean two change events; a slow first read must not land after the
        // second and bring back the older value.
        const mine = ++latest;
        void load().then(({ settings }) => {
          if (mine === latest) emit(settings);
        });
      };
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
