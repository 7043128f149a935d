import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/settings/defaults';
import { popupSettings } from '../../src/core/settings/popup-settings';
import { emptyBag } from '../../src/core/stretches/shuffle-bag';
import { FakeStorageArea } from '../../src/platform/fakes/storage-area';
import { CUSTOM_STRETCHES_KEY, ENGINE_KEY, POLICY_CACHE_KEY, POPUP_SETTINGS_KEY, SHUFFLE_KEY } from '../../src/storage/keys';
import { CustomStretchesStore } from '../../src/storage/custom-stretches-store';
import { custom } from '../core/stretches/support/custom';
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
    expect(await popupStart(async (keys) => (calls.push(keys), get(keys)))).toEqual({ settings, bag, breakId: null, custom: [] });
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

  it("reads the person's own stretches and the organisation's in the same call, the organisation's first", async () => {
    const area = new FakeStorageArea();
    const mine = custom({ id: 'custom-mine000000', name: 'Mine' });
    const store = new CustomStretchesStore(area, null, () => 5_000);
    await store.save(mine);
    await store.save(custom({ id: 'custom-gone000000' }));
    await store.remove('custom-gone000000');
    const org = custom({ id: 'custom-org0000000', name: 'From work' });
    await area.set(POLICY_CACHE_KEY, { defaults: {}, locked: [], stretches: [org] });
    const calls: string[][] = [];
    const get = getter(area);
    const start = await popupStart(async (keys) => (calls.push(keys), get(keys)));
    expect(start.custom.map((s) => s.name)).toEqual(['From work', 'Mine']);
    expect(calls).toHaveLength(1);
    // A damaged record deals the built-ins only.
    await area.set(CUSTOM_STRETCHES_KEY, { entries: 'x' });
    await area.set(POLICY_CACHE_KEY, 7);
    expect((await popupStart(getter(area))).custom).toEqual([]);
  });

  it('has no settings when the background has not stored them, or they are unreadable', async () => {
    const area = new FakeStorageArea();
    expect(await popupStart(getter(area))).toEqual({ settings: null, bag: emptyBag(), breakId: null, custom: [] });
    await area.set(POPUP_SETTINGS_KEY, { theme: 'dark' });
    expect((await popupStart(getter(area))).settings).toBeNull();
  });

  it('never rejects: a failing or missing storage gives a fresh bag and no settings', async () => {
    expect(
      await popupStart(async () => {
        throw new Error('storage broken');
      }),
    ).toEqual({ settings: null, bag: emptyBag(), breakId: null, custom: [] });
    expect(await popupStart(null)).toEqual({ settings: null, bag: emptyBag(), breakId: null, custom: [] });
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
