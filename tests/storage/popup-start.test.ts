import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/settings/defaults';
import { popupSettings } from '../../src/core/settings/popup-settings';
import { emptyBag } from '../../src/core/stretches/shuffle-bag';
import { FakeStorageArea } from '../../src/platform/fakes/storage-area';
import { ENGINE_KEY, POPUP_SETTINGS_KEY, SHUFFLE_KEY } from '../../src/storage/keys';
import { initialState } from '../../src/core/scheduler/state';
import { popupSettingsMirror } from '../../src/storage/popup-settings-mirror';
import { popupStart } from '../../src/storage/popup-start';

/** storage.local.get(keys) over the fake area. */
const getter = (area: FakeStorageArea) => async (keys: string[]) => {
  const found: Record<string, unknown> = {};
  for (const k of keys) if (area.data.has(k)) found[k] = await area.get(k);
  return found;
};

describe('popupStart', () => {
  it('reads the settings copy and the bag in one call', async () => {
    const area = new FakeStorageArea();
    const settings = popupSettings({ ...defaultSettings(), theme: 'dark' });
    await popupSettingsMirror(area).keep(settings);
    const bag = { ...emptyBag(), shown: ['a'], last: 'a', current: 'b' };
    await area.set(SHUFFLE_KEY, bag);
    const calls: string[][] = [];
    const get = getter(area);
    expect(await popupStart(async (keys) => (calls.push(keys), get(keys)))).toEqual({ settings, bag, breakId: null });
    expect(calls).toHaveLength(1);
  });

  it('names the break the engine saved as upcoming, so the card is dealt for it', async () => {
    const area = new FakeStorageArea();
    const state = initialState(Date.UTC(2026, 0, 5, 9));
    state.cycle.breakNumber = 3;
    await area.set(ENGINE_KEY, { state, outbox: [], pending: [] });
    expect((await popupStart(getter(area))).breakId).toBe(`${state.cycle.startedAt}-3`);
    await area.set(ENGINE_KEY, { state: { schemaVersion: 1 } });
    expect((await popupStart(getter(area))).breakId).toBeNull();
  });

  it('has no settings when the background has not stored them, or they are unreadable', async () => {
    const area = new FakeStorageArea();
    expect(await popupStart(getter(area))).toEqual({ settings: null, bag: emptyBag(), breakId: null });
    await area.set(POPUP_SETTINGS_KEY, { theme: 'dark' });
    expect((await popupStart(getter(area))).settings).toBeNull();
  });

  it('never rejects: a failing or missing storage gives a fresh bag and no settings', async () => {
    expect(
      await popupStart(async () => {
        throw new Error('storage broken');
      }),
    ).toEqual({ settings: null, bag: emptyBag(), breakId: null });
    expect(await popupStart(null)).toEqual({ settings: null, bag: emptyBag(), breakId: null });
  });
});

describe('popupSettingsMirror', () => {
  it('writes only when the settings differ from the stored copy', async () => {
    const area = new FakeStorageArea();
    const settings = popupSettings(defaultSettings());
    await area.set(POPUP_SETTINGS_KEY, settings);
    const mirror = popupSettingsMirror(area);
    await mirror.keep(settings);
    expect(area.writes).toBe(1);
    await mirror.keep({ ...settings, theme: 'light' });
    await mirror.keep({ ...settings, theme: 'light' });
    expect(area.writes).toBe(2);
    expect(area.data.get(POPUP_SETTINGS_KEY)).toMatchObject({ theme: 'light' });
  });

  it('rejects when the write fails, and tries again next time', async () => {
    const area = new FakeStorageArea();
    const mirror = popupSettingsMirror(area);
    area.failWith = new Error('QUOTA_BYTES quota exceeded');
    await expect(mirror.keep(popupSettings(defaultSettings()))).rejects.toThrow('quota');
    area.failWith = null;
    await mirror.keep(popupSettings(defaultSettings()));
    expect(area.data.get(POPUP_SETTINGS_KEY)).toEqual(popupSettings(defaultSettings()));
  });
});
