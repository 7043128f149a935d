// A person's own stretches in real storage shapes: this device keeps them whole, storage.sync one
// item each within its quotas, two devices meet through sync, and nothing is lost when sync is
// full, refusing, or hands back something damaged.
import { describe, expect, it } from 'vitest';
import { FakeStorageArea } from '../../src/platform/fakes/storage-area';
import { FakeSyncArea } from '../../src/platform/fakes/sync-area';
import { CustomStretchesStore } from '../../src/storage/custom-stretches-store';
import { CUSTOM_STRETCHES_KEY, CUSTOM_SYNC_PREFIX, SETTINGS_KEY } from '../../src/storage/keys';
import { SYNC_LIMITS } from '../../src/core/devices/quota';
import { custom } from '../core/stretches/support/custom';
import { serial } from '../../src/core/serial';

function device(sync: FakeSyncArea, clock: { now: number }) {
  const local = new FakeStorageArea();
  return { local, store: new CustomStretchesStore(local, sync, () => clock.now) };
}
const syncedIds = (sync: FakeSyncArea) => [...sync.data.keys()].filter((k) => k.startsWith(CUSTOM_SYNC_PREFIX)).sort();

describe('custom stretches store', () => {
  it('saves a stretch here and in sync, and another device sees it', async () => {
    const clock = { now: 1_000 };
    const sync = new FakeSyncArea(() => clock.now);
    const a = device(sync, clock);
    const b = device(sync, clock);
    const view = await a.store.save(custom());
    expect(view).toEqual({ stretches: [{ ...custom(), updatedAt: 1_000 }], localOnly: [], damaged: 0 });
    expect(syncedIds(sync)).toEqual([`${CUSTOM_SYNC_PREFIX}${custom().id}`]);
    expect((await b.store.load()).stretches.map((s) => s.name)).toEqual([custom().name]);
  });

  it('carries a deletion to the other device instead of the stretch coming back', async () => {
    const clock = { now: 1_000 };
    const sync = new FakeSyncArea(() => clock.now);
    const a = device(sync, clock);
    const b = device(sync, clock);
    await a.store.save(custom());
    await b.store.load();
    clock.now = 2_000;
    expect((await a.store.remove(custom().id)).stretches).toEqual([]);
    expect((await b.store.load()).stretches).toEqual([]);
    expect((await a.store.load()).stretches).toEqual([]);
  });

  it('resolves edits made on two devices while apart: the newer wins, the other stretch stays', async () => {
    const clock = { now: 1_000 };
    const syncA = new FakeSyncArea(() => clock.now);
    const a = device(syncA, clock);
    await a.store.save(custom({ name: 'Old' }));
    // B starts from the same synced data, then both edit while their syncs cannot meet.
    const syncB = new FakeSyncArea(() => clock.now);
    for (const [k, v] of syncA.data) syncB.data.set(k, structuredClone(v));
    const b = device(syncB, clock);
    await b.store.load();
    clock.now = 2_000;
    await a.store.save(custom({ name: 'Edited on A' }));
    clock.now = 3_000;
    await b.store.save(custom({ name: 'Edited on B' }));
    await b.store.save(custom({ id: 'custom-onlyonb1', name: 'New on B' }));
    // Sync brings B's items to A's side: A merges and keeps the newer edit and B's new stretch.
    for (const [k, v] of syncB.data) syncA.data.set(k, structuredClone(v));
    const merged = await a.store.load();
    expect(merged.stretches.map((s) => s.name).sort()).toEqual(['Edited on B', 'New on B']);
  });

  it('keeps on this device, and names, what does not fit the sync quotas', async () => {
    const clock = { now: 1_000 };
    const sync = new FakeSyncArea(() => clock.now);
    sync.data.set(SETTINGS_KEY, { pad: 'x'.repeat(SYNC_LIMITS.QUOTA_BYTES_PER_ITEM - 100) });
    for (let i = 0; i < 11; i++) sync.data.set(`device.${i}`, { pad: 'x'.repeat(SYNC_LIMITS.QUOTA_BYTES_PER_ITEM - 100) });
    // Leave 150 bytes: less than one stretch's item.
    sync.data.set('device.last', { pad: 'x'.repeat(SYNC_LIMITS.QUOTA_BYTES - sync.bytesInUse() - 150 - 30) });
    expect(SYNC_LIMITS.QUOTA_BYTES - sync.bytesInUse()).toBeLessThan(200);
    const a = device(sync, clock);
    const view = await a.store.save(custom());
    expect(view.localOnly).toEqual([custom().id]);
    expect(view.stretches).toHaveLength(1);
    expect(syncedIds(sync)).toEqual([]);
    // Still there after a reload on this device.
    expect((await a.store.load()).stretches).toHaveLength(1);
  });

  it('keeps everything here when sync refuses, and syncs it once sync is back', async () => {
    const clock = { now: 1_000 };
    const sync = new FakeSyncArea(() => clock.now);
    const a = device(sync, clock);
    sync.failWith = new Error('Sync is switched off');
    expect((await a.store.save(custom())).localOnly).toEqual([custom().id]);
    sync.failWith = null;
    expect((await a.store.load()).localOnly).toEqual([]);
    expect(syncedIds(sync)).toHaveLength(1);
  });

  it('keeps a damaged stored entry as it was, counted, and shows the rest', async () => {
    const clock = { now: 1_000 };
    const sync = new FakeSyncArea(() => clock.now);
    const a = device(sync, clock);
    await a.local.set(CUSTOM_STRETCHES_KEY, { entries: [custom(), { id: 'custom-broken1', name: 42 }], localOnly: [] });
    const view = await a.store.save(custom({ id: 'custom-another1' }));
    expect(view.damaged).toBe(1);
    expect(view.stretches.map((s) => s.id).sort()).toEqual(['custom-abcdef1234', 'custom-another1']);
    const stored = (await a.local.get(CUSTOM_STRETCHES_KEY)) as { entries: unknown[] };
    expect(stored.entries).toContainEqual({ id: 'custom-broken1', name: 42 });
  });
});

describe('two stores on one device (a page and the worker)', () => {
  it('lose no change when they share the lock, as every context does in the browser', async () => {
    const clock = { now: 1_000 };
    const local = new FakeStorageArea();
    const lock = serial();
    const page = new CustomStretchesStore(local, null, () => clock.now, lock);
    const worker = new CustomStretchesStore(local, null, () => clock.now, lock);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? worker.load() : page.save(custom({ id: `custom-race${String(i).padStart(4, '0')}` })))),
    );
    expect((await worker.load()).stretches).toHaveLength(5);
  });
});

describe('deleting all data', () => {
  it('turns every stretch into a tombstone here and in sync, so the other devices delete them too', async () => {
    const clock = { now: 1_000 };
    const sync = new FakeSyncArea(() => clock.now);
    const a = device(sync, clock);
    const b = device(sync, clock);
    await a.store.save(custom());
    await a.store.save(custom({ id: 'custom-second0001' }));
    await a.local.set(CUSTOM_STRETCHES_KEY, {
      ...(a.local.data.get(CUSTOM_STRETCHES_KEY) as object),
      entries: [...(a.local.data.get(CUSTOM_STRETCHES_KEY) as { entries: unknown[] }).entries, { damaged: true }],
    });
    expect((await b.store.load()).stretches).toHaveLength(2);
    // Same millisecond as the saves: the deletion must still win.
    expect(await a.store.clear()).toEqual({ stretches: [], localOnly: [], damaged: 0 });
    const stored = a.local.data.get(CUSTOM_STRETCHES_KEY) as { entries: { id: string; deletedAt?: number }[] };
    expect(stored.entries.every((e) => typeof e.deletedAt === 'number' && Object.keys(e).length === 2)).toBe(true);
    for (const key of syncedIds(sync)) expect(sync.data.get(key)).toHaveProperty('deletedAt');
    expect((await b.store.load()).stretches).toEqual([]);
  });
});
