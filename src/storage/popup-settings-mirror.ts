import type { PopupSettings } from '../core/settings/popup-settings';
import type { StorageArea } from '../platform/storage-area';
import { POPUP_SETTINGS_KEY } from './keys';

/**
 * The background's copy of the popup's settings in storage.local. The popup reads it at opening
 * instead of asking the background, which would first have to wake up when it sleeps.
 */
export interface PopupSettingsMirror {
  /** Writes the settings when they differ from the stored copy; rejects when the write fails. */
  keep(settings: PopupSettings): Promise<void>;
}

export function popupSettingsMirror(area: StorageArea | null): PopupSettingsMirror {
  // What storage holds, as JSON, once read: the worker wakes often, and settings seldom change,
  // so a wake costs one read and no write.
  let stored: string | undefined;
  return {
    async keep(settings) {
      if (!area) return;
      stored ??= JSON.stringify((await area.get(POPUP_SETTINGS_KEY)) ?? null);
      const next = JSON.stringify(settings);
      if (next === stored) return;
      await area.set(POPUP_SETTINGS_KEY, settings);
      stored = next;
    },
  };
}
