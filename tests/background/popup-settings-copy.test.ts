// The background keeps the popup's settings in storage.local, so that the popup paints its card
// without waiting for a worker start; it writes only when they changed.
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../src/core/settings/defaults';
import { popupSettings } from '../../src/core/settings/popup-settings';
import { ENGINE_KEY, POPUP_SETTINGS_KEY } from '../../src/storage/keys';
import { World } from './support/world';

/** Counts writes to storage.local from now on, except the engine's record (saved at every start). */
function localWrites(w: World): () => number {
  const set = vi.spyOn(w.local, 'set');
  return () => set.mock.calls.filter(([key]) => key !== ENGINE_KEY).length;
}

describe('popup settings copy', () => {
  it('is written on the first start and follows a settings change', async () => {
    const w = new World();
    await w.startWorker();
    expect(w.settingsAreas.local.data.get(POPUP_SETTINGS_KEY)).toEqual(popupSettings(defaultSettings()));
    await w.saveSettings({ theme: 'dark', breathExhaleSec: 8, idleDetectionSec: 120 });
    expect(w.settingsAreas.local.data.get(POPUP_SETTINGS_KEY)).toMatchObject({ theme: 'dark', breathExhaleSec: 8 });
    expect(w.settingsAreas.local.data.get(POPUP_SETTINGS_KEY)).not.toHaveProperty('idleDetectionSec');
  });

  it('is not rewritten when a worker wakes, nor when a setting the popup does not use changes', async () => {
    const w = new World();
    await w.startWorker();
    const writes = localWrites(w);
    await w.restartWorker();
    await w.restartWorker();
    expect(writes()).toBe(0);
    await w.saveSettings({ idleDetectionSec: 120 });
    // The settings themselves live in storage.sync here; storage.local saw no write but the engine's.
    expect(writes()).toBe(0);
  });

  it('replaces a copy that a worker start finds out of date', async () => {
    const w = new World();
    await w.settingsAreas.local.set(POPUP_SETTINGS_KEY, { theme: 'light' });
    await w.startWorker();
    expect(w.settingsAreas.local.data.get(POPUP_SETTINGS_KEY)).toEqual(popupSettings(defaultSettings()));
  });
});
