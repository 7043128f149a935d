import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../src/core/settings/defaults';
import { SETTINGS_VERSION } from '../../src/core/settings/schema';
import { fakeSettingsStore } from '../../src/storage/fakes/settings-store';
import { FakeStorageArea } from '../../src/platform/fakes/storage-area';
import { SettingsInvalidError } from '../../src/storage/settings-store';
import { SETTINGS_KEY } from '../../src/storage/keys';
import { syncedSettingsStore } from '../../src/storage/settings-store-synced';

const v1 = JSON.parse(readFileSync(new URL('../fixtures/settings-v1.json', import.meta.url), 'utf8')) as Partial<Settings>;
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('settings store', () => {
  it('loads defaults with no notice when nothing is stored', async () => {
    const { store } = fakeSettingsStore();
    expect(await store.load()).toEqual({ settings: defaultSettings(), notices: [] });
  });

  it('saves to storage.sync with the version and save time, and loads it back', async () => {
    const { store, sync, local } = fakeSettingsStore(() => 777);
    const wanted = { ...defaultSettings(), breakIntervalMin: 20 };
    expect(await store.save(wanted)).toBe('sync');
    expect(sync.data.get(SETTINGS_KEY)).toEqual({ ...wanted, schemaVersion: SETTINGS_VERSION, savedAtMs: 777 });
    expect(local.data.size).toBe(0);
    expect(await store.load()).toEqual({ settings: wanted, notices: [] });
  });

  it('migrates the v1 record the first builds wrote, keeping every value', async () => {
    const { store, sync } = fakeSettingsStore();
    sync.data.set(SETTINGS_KEY, v1);
    expect(await store.load()).toEqual({ settings: { ...defaultSettings(), ...v1 }, notices: [] });
  });

  it('rejects invalid settings without writing anything', async () => {
    const { store, sync, local } = fakeSettingsStore();
    const bad = { ...defaultSettings(), snoozeMin: -1 };
    await expect(store.save(bad)).rejects.toBeInstanceOf(SettingsInvalidError);
    expect(sync.writes + local.writes).toBe(0);
  });

  it('falls back to storage.local when sync is over quota, and that newer copy wins on load', async () => {
    let now = 1;
    const { store, sync, local } = fakeSettingsStore(() => now);
    await store.save({ ...defaultSettings(), snoozeMin: 3 });
    sync.quotaBytes = 10;
    now = 2;
    expect(await store.save({ ...defaultSettings(), snoozeMin: 9 })).toBe('local');
    expect(await store.load()).toEqual({ settings: { ...defaultSettings(), snoozeMin: 9 }, notices: [{ code: 'localOnly' }] });
    // Once sync takes writes again, the local copy goes away.
    sync.quotaBytes = null;
    now = 3;
    expect(await store.save({ ...defaultSettings(), snoozeMin: 11 })).toBe('sync');
    expect(local.data.has(SETTINGS_KEY)).toBe(false);
    expect(await store.load()).toEqual({ settings: { ...defaultSettings(), snoozeMin: 11 }, notices: [] });
  });

  it('works without storage.sync at all, and says the settings stay on this device', async () => {
    const local = new FakeStorageArea();
    const store = syncedSettingsStore({ sync: null, local, now: () => 5 });
    expect(await store.save({ ...defaultSettings(), theme: 'dark' })).toBe('local');
    expect(await store.load()).toEqual({ settings: { ...defaultSettings(), theme: 'dark' }, notices: [{ code: 'localOnly' }] });
  });

  it('uses storage.local when storage.sync throws on every call', async () => {
    const { store, sync } = fakeSettingsStore();
    sync.failWith = new Error('sync is disabled');
    expect(await store.save({ ...defaultSettings(), soundVolumePct: 10 })).toBe('local');
    expect((await store.load()).settings.soundVolumePct).toBe(10);
  });

  it('never throws on load: a corrupted record gives defaults and a notice', async () => {
    const { store, sync } = fakeSettingsStore();
    sync.data.set(SETTINGS_KEY, 'not json at all');
    expect(await store.load()).toEqual({ settings: defaultSettings(), notices: [{ code: 'unreadable' }] });
  });

  it('repairs bad fields one by one and names them', async () => {
    const { store, sync } = fakeSettingsStore();
    sync.data.set(SETTINGS_KEY, { schemaVersion: SETTINGS_VERSION, savedAtMs: 1, breakIntervalMin: 'soon', snoozeMin: 8, theme: 'mauve' });
    expect(await store.load()).toEqual({
      settings: { ...defaultSettings(), snoozeMin: 8 },
      notices: [{ code: 'repaired', fields: ['breakIntervalMin', 'theme'] }],
    });
  });

  it('loads defaults when both areas fail to read', async () => {
    const { store, sync, local } = fakeSettingsStore();
    sync.failWith = new Error('broken');
    local.failWith = new Error('broken');
    expect((await store.load()).settings).toEqual(defaultSettings());
  });

  it('tells listeners about changes from any page or device, once per real change', async () => {
    const { store, sync } = fakeSettingsStore(() => 9);
    const seen: number[] = [];
    store.onChange((s) => seen.push(s.breakIntervalMin));
    await flush();
    await store.save({ ...defaultSettings(), breakIntervalMin: 15 });
    await flush();
    // Another device writes through sync directly.
    await sync.set(SETTINGS_KEY, { ...defaultSettings(), breakIntervalMin: 50, schemaVersion: SETTINGS_VERSION, savedAtMs: 10 });
    await flush();
    await store.save({ ...defaultSettings(), breakIntervalMin: 50 });
    await flush();
    expect(seen).toEqual([15, 50]);
  });

  it('reset() brings every field back to its default and tells listeners', async () => {
    const { store, sync } = fakeSettingsStore();
    await store.save({ ...defaultSettings(), breakIntervalMin: 15 });
    const seen: Settings[] = [];
    store.onChange((s) => seen.push(s));
    await flush();
    await store.reset();
    await flush();
    expect(sync.data.size).toBe(0);
    expect(seen).toEqual([defaultSettings()]);
  });
});
