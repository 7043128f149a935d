// The device-summary store against the sync fake that enforces the browser's quotas and rates.
import { describe, expect, it } from 'vitest';
import { decodeSummary } from '../../../src/core/devices/encoding';
import { itemBytes, SYNC_LIMITS } from '../../../src/core/devices/quota';
import type { DeviceDay } from '../../../src/core/devices/summary';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { FakeStorageArea } from '../../../src/platform/fakes/storage-area';
import { FakeSyncArea } from '../../../src/platform/fakes/sync-area';
import { syncedSettingsStore } from '../../../src/storage/settings-store-synced';
import { DeviceStore } from '../../../src/storage/devices/device-store';
import { MIN_WRITE_INTERVAL_MS } from '../../../src/storage/devices/device-writer';
import { LOCAL_DEVICE_KEY, SETTINGS_KEY, deviceKey } from '../../../src/storage/keys';
import { busySummary } from '../../core/devices/fixtures';

function world(opts: { sync?: 'none' } = {}) {
  const clock = { now: Date.UTC(2026, 10, 30, 9) };
  const now = () => clock.now;
  const sync = new FakeSyncArea(now);
  const local = new FakeStorageArea();
  let ids = 0;
  const make = () => new DeviceStore({ sync: opts.sync === 'none' ? null : sync, local, now, newId: () => `device${++ids}` });
  return {
    clock,
    sync,
    local,
    store: make(),
    make,
    advance: (ms: number) => {
      clock.now += ms;
    },
  };
}

const day = (d: string, taken: number): DeviceDay => ({
  day: d,
  taken,
  skipped: 0,
  natural: 0,
  activeMin: 10,
  breakSec: 60,
  stretches: { 'neck-tilt': taken },
});
const mine = (sync: FakeSyncArea, id = 'device1') => {
  const read = decodeSummary(id, sync.data.get(deviceKey(id)));
  if (!read.ok) throw new Error('no readable summary');
  return read.summary;
};

describe('device identity', () => {
  it('is made once and kept in storage.local', async () => {
    const w = world();
    const first = await w.store.identity();
    expect(first).toMatchObject({ id: 'device1', name: '' });
    expect(await w.make().identity()).toMatchObject({ id: 'device1' });
    expect(w.sync.data.size).toBe(0);
  });

  it('makes a fresh id when the stored one is damaged', async () => {
    const w = world();
    await w.local.set(LOCAL_DEVICE_KEY, { id: 'no spaces allowed!' });
    expect((await w.store.identity()).id).toBe('device1');
  });

  it('keeps the name short and tidy, and carries it into sync', async () => {
    const w = world();
    await w.store.publish([day('2026-11-30', 1)]);
    await w.store.rename('   Work   laptop, 4th floor, by the window near the plants  ');
    expect((await w.store.identity()).name).toBe('Work laptop, 4th floor, by the window ne');
    expect(mine(w.sync).name).toBe('Work laptop, 4th floor, by the window ne');
  });
});

describe('publishing this device', () => {
  it('writes its days under its own key, and only when they changed', async () => {
    const w = world();
    expect(await w.store.publish([day('2026-11-30', 2)])).toEqual({ kind: 'written', droppedDays: 0 });
    expect(mine(w.sync).days).toEqual([day('2026-11-30', 2)]);
    w.advance(MIN_WRITE_INTERVAL_MS * 3);
    expect(await w.store.publish([day('2026-11-30', 2)])).toEqual({ kind: 'unchanged' });
    expect(w.sync.writeTimes).toHaveLength(1);
  });

  it('writes nothing for a device with no days yet', async () => {
    const w = world();
    expect(await w.store.publish([])).toEqual({ kind: 'unchanged' });
    expect(w.sync.writeTimes).toHaveLength(0);
  });

  it('holds a change back until the interval has passed, unless forced', async () => {
    const w = world();
    await w.store.publish([day('2026-11-30', 1)]);
    const start = w.clock.now;
    w.advance(30_000);
    expect(await w.store.publish([day('2026-11-30', 2)])).toEqual({ kind: 'throttled', retryAt: start + MIN_WRITE_INTERVAL_MS });
    expect(mine(w.sync).days[0]!.taken).toBe(1);
    w.advance(MIN_WRITE_INTERVAL_MS);
    expect(await w.store.publish([day('2026-11-30', 2)])).toMatchObject({ kind: 'written' });
    w.advance(1_000);
    expect(await w.store.publish([day('2026-11-30', 3)], { force: true })).toMatchObject({ kind: 'written' });
    expect(mine(w.sync).days[0]!.taken).toBe(3);
  });

  it('does not stall when the clock is set back after a write', async () => {
    const w = world();
    await w.store.publish([day('2026-11-30', 1)]);
    w.advance(-3_600_000);
    expect(await w.store.publish([day('2026-11-30', 2)])).toMatchObject({ kind: 'written' });
  });

  it('stays far inside the write rates however often the history changes', async () => {
    const w = world();
    let taken = 0;
    for (let s = 0; s < 2 * 3_600; s += 5) {
      // A change every five seconds for two hours.
      await w.store.publish([day('2026-11-30', ++taken)]);
      w.advance(5_000);
    }
    expect(w.sync.writeTimes.length).toBeLessThanOrEqual(60 / (MIN_WRITE_INTERVAL_MS / 60_000) + 1);
    expect(w.sync.writeTimes.length).toBeGreaterThan(20);
  });

  it('waits when the browser refuses for the write rate, and says when to try again', async () => {
    const w = world();
    // Something else used up this minute's writes.
    for (let i = 0; i < SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_MINUTE; i++) await w.sync.set({ other: i });
    const result = await w.store.publish([day('2026-11-30', 1)]);
    expect(result).toEqual({ kind: 'throttled', retryAt: w.clock.now + 60_000 });
    w.advance(60_000);
    expect(await w.store.publish([day('2026-11-30', 1)])).toMatchObject({ kind: 'written' });
  });
});

describe('quotas', () => {
  /** Other devices' items of about `size` bytes each. */
  async function crowd(sync: FakeSyncArea, n: number, size = 8_000) {
    for (let i = 0; i < n; i++) sync.data.set(`device.crowd${i}`, { v: 1, n: '', u: 0, e: '', s: ['x'.repeat(size - 60)], d: [] });
  }
  /** Other devices until exactly `free` bytes of the whole area are left, not counting this device's item. */
  function fillTo(sync: FakeSyncArea, free: number) {
    const own = sync.data.get(deviceKey('device1'));
    sync.data.delete(deviceKey('device1'));
    let i = 0;
    for (;;) {
      const left = SYNC_LIMITS.QUOTA_BYTES - free - sync.bytesInUse();
      if (left <= 0) break;
      const key = `device.fill${String(i++).padStart(4, '0')}`;
      const empty = itemBytes(key, { v: 1, n: '', u: 0, e: '', s: [''], d: [] });
      sync.data.set(key, { v: 1, n: '', u: 0, e: '', s: ['x'.repeat(Math.max(0, Math.min(7_000, left - empty)))], d: [] });
    }
    if (own !== undefined) sync.data.set(deviceKey('device1'), own);
  }

  it('drops the oldest days to fit beside the other devices, and the settings can still save', async () => {
    const w = world();
    const settings = syncedSettingsStore({ sync: w.sync, local: new FakeStorageArea(), now: () => w.clock.now });
    expect(await settings.save(defaultSettings())).toBe('sync');
    fillTo(w.sync, 2_048 + 1_500);
    const days = busySummary(60).days;
    const result = await w.store.publish(days);
    expect(result.kind).toBe('written');
    const kept = mine(w.sync).days;
    expect(kept.length).toBeLessThan(60);
    expect(kept).toEqual(days.slice(60 - kept.length));
    expect(w.sync.bytesInUse()).toBeLessThanOrEqual(SYNC_LIMITS.QUOTA_BYTES - 2_048);
    // The settings still fit a change that makes them a little longer.
    expect(await settings.save({ ...defaultSettings(), dailyGoalBreaks: 12, theme: 'dark' })).toBe('sync');
  });

  it('keeps the summary on this device when not even one day fits, and says so', async () => {
    const w = world();
    await w.store.publish([day('2026-11-29', 1)]);
    fillTo(w.sync, 2_048 + 40);
    w.advance(MIN_WRITE_INTERVAL_MS);
    expect(await w.store.publish([day('2026-11-29', 1), day('2026-11-30', 4)])).toEqual({ kind: 'noRoom' });
    // The old summary would look current to the others: it is gone rather than stale.
    expect(w.sync.data.has(deviceKey('device1'))).toBe(false);
    expect(await w.store.read()).toMatchObject({ shared: true, full: true });
    // Room again (a device was forgotten): the next publish shares again.
    await w.store.forget('fill0000');
    w.advance(MIN_WRITE_INTERVAL_MS);
    expect(await w.store.publish([day('2026-11-29', 1), day('2026-11-30', 4)])).toMatchObject({ kind: 'written' });
    expect(await w.store.read()).toMatchObject({ full: false });
  });

  it('measures again when another device grew between measuring and writing', async () => {
    const w = world();
    await crowd(w.sync, 12, 7_900);
    const realGetAll = w.sync.getAll.bind(w.sync);
    let first = true;
    w.sync.getAll = async () => {
      const all = await realGetAll();
      if (first) {
        first = false;
        // Right after we measured, another device wrote a large item.
        w.sync.data.set('device.late', { v: 1, n: '', u: 0, e: '', s: ['y'.repeat(5_300)], d: [] });
      }
      return all;
    };
    const result = await w.store.publish(busySummary(60).days);
    // The first write was refused for the area's quota; the second, measured afresh, fitted.
    expect(w.sync.writeTimes).toHaveLength(2);
    expect(result).toMatchObject({ kind: 'written' });
    expect(result.kind === 'written' && result.droppedDays).toBeGreaterThan(0);
    expect(w.sync.bytesInUse()).toBeLessThanOrEqual(SYNC_LIMITS.QUOTA_BYTES - 2_048);
  });

  it('never writes an item over 8 KB, whatever it holds', async () => {
    const w = world();
    const wide = busySummary(60).days.map((d, i) => ({
      ...d,
      stretches: Object.fromEntries(Array.from({ length: 30 }, (_, k) => [`stretch-with-a-long-name-${i}-${k}`, k + 1])),
    }));
    expect(await w.store.publish(wide)).toMatchObject({ kind: 'written' });
    const key = deviceKey('device1');
    expect(itemBytes(key, w.sync.data.get(key))).toBeLessThanOrEqual(SYNC_LIMITS.QUOTA_BYTES_PER_ITEM);
  });
});

describe('sync off or unavailable', () => {
  it('keeps everything local without sync, and the stats page learns it', async () => {
    const w = world({ sync: 'none' });
    expect(await w.store.publish([day('2026-11-30', 1)])).toEqual({ kind: 'localOnly' });
    expect(await w.store.read()).toMatchObject({ thisId: 'device1', shared: false, others: [] });
  });

  it('keeps everything local when sync refuses, and shares again once it works', async () => {
    const w = world();
    w.sync.failWith = new Error('Please set webextensions.storage.sync.enabled to true in about:config');
    expect(await w.store.publish([day('2026-11-30', 1)])).toEqual({ kind: 'localOnly' });
    expect(await w.store.read()).toMatchObject({ shared: false });
    w.sync.failWith = null;
    expect(await w.store.read()).toMatchObject({ shared: false });
    expect(await w.store.publish([day('2026-11-30', 1)])).toMatchObject({ kind: 'written' });
    expect(await w.store.read()).toMatchObject({ shared: true });
  });
});

describe('other devices', () => {
  it('reads every other device, newest first, and leaves unreadable items alone', async () => {
    const w = world();
    const other = w.make();
    const otherW = new DeviceStore({ sync: w.sync, local: new FakeStorageArea(), now: () => w.clock.now + 1_000, newId: () => 'desk0001' });
    await otherW.rename('Desk');
    await otherW.publish([day('2026-11-30', 3)]);
    await w.store.publish([day('2026-11-30', 1)]);
    w.sync.data.set('device.broken1', { v: 1, d: 'nonsense' });
    w.sync.data.set('device.future1', { v: 9 });
    w.sync.data.set(SETTINGS_KEY, { anything: true });
    const read = await other.read();
    expect(read.thisId).toBe('device1');
    expect(read.others.map((o) => [o.id, o.name, o.days[0]!.taken])).toEqual([['desk0001', 'Desk', 3]]);
    expect(read.unreadable.sort()).toEqual(['broken1', 'future1']);
    expect(w.sync.data.has('device.broken1')).toBe(true);
  });

  it('forgets another device, but not itself', async () => {
    const w = world();
    w.sync.data.set('device.desk0001', { v: 1, n: 'Desk', u: 0, e: '', s: [], d: [] });
    await w.store.forget('desk0001');
    expect(w.sync.data.has('device.desk0001')).toBe(false);
    await w.store.publish([day('2026-11-30', 1)]);
    await expect(w.store.forget('device1')).rejects.toThrow(/cannot be forgotten/);
    expect(w.sync.data.has(deviceKey('device1'))).toBe(true);
  });

  it('removes its own summary for "Delete all data" and writes nothing until there is something new', async () => {
    const w = world();
    await w.store.publish([day('2026-11-30', 1)]);
    await w.store.removeOwn();
    expect(w.sync.data.has(deviceKey('device1'))).toBe(false);
    expect(await w.store.publish([])).toEqual({ kind: 'unchanged' });
    expect(w.sync.data.has(deviceKey('device1'))).toBe(false);
    expect(await w.store.publish([day('2026-11-30', 1)], { force: true })).toMatchObject({ kind: 'written' });
  });
});
