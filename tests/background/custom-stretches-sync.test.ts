// The background keeps the person's own stretches in step across devices (issue 21).
import { describe, expect, it } from 'vitest';
import { customSyncKey } from '../../src/core/stretches/custom-sync';
import { CustomStretchesStore } from '../../src/storage/custom-stretches-store';
import { CUSTOM_STRETCHES_KEY } from '../../src/storage/keys';
import { custom } from '../core/stretches/support/custom';
import { World } from './support/world';

const localIds = (w: World) =>
  ((w.local.data.get(CUSTOM_STRETCHES_KEY) as { entries: { id: string; deletedAt?: number }[] } | undefined)?.entries ?? [])
    .filter((e) => e.deletedAt === undefined)
    .map((e) => e.id);

describe('custom stretches across devices', () => {
  it('takes in a stretch another device synced, without waiting for a page to open', async () => {
    const w = new World();
    await w.startWorker();
    const theirs = custom({ id: 'custom-theirs0001', name: 'From the laptop' });
    await w.sync.set({ [customSyncKey(theirs.id)]: theirs });
    await w.flush();
    expect(localIds(w)).toEqual([theirs.id]);
  });

  it('takes a deletion on another device as a deletion here', async () => {
    const w = new World();
    const mine = custom({ id: 'custom-mine000001' });
    await w.customStretches.save(mine);
    await w.startWorker();
    w.now += 1000;
    await w.sync.set({ [customSyncKey(mine.id)]: { id: mine.id, deletedAt: w.now } });
    await w.flush();
    expect(localIds(w)).toEqual([]);
  });

  it('shares a stretch a page of this device kept locally (sync refused it then) once anything changes, or at browser start', async () => {
    const w = new World();
    await w.startWorker();
    // A page whose sync write failed leaves the stretch in storage.local only.
    const offline = new CustomStretchesStore(w.local, null, () => w.now, w.customStretchesLock);
    await offline.save(custom({ id: 'custom-offline001' }));
    await w.flush();
    expect(w.sync.data.has(customSyncKey('custom-offline001'))).toBe(true);

    await offline.save(custom({ id: 'custom-offline002' }));
    w.sync.data.delete(customSyncKey('custom-offline002'));
    w.stopWorker();
    await w.startWorker();
    w.runtime.fireStartup();
    await w.flush();
    expect(w.sync.data.has(customSyncKey('custom-offline002'))).toBe(true);
  });

  it('lists the stretches over the sync quota as kept on this device only', async () => {
    const w = new World();
    await w.startWorker();
    const long = (n: number) => custom({ id: `custom-big${String(n).padStart(6, '0')}`, steps: Array(6).fill('x'.repeat(200)) });
    // The page and the worker share one lock, as every context does in the browser (Web Locks).
    const offline = new CustomStretchesStore(w.local, null, () => w.now, w.customStretchesLock);
    for (let i = 0; i < 50; i++) await offline.save(long(i));
    await w.flush();
    const view = await w.customStretches.load();
    expect(view.stretches).toHaveLength(50);
    expect(view.localOnly.length).toBeGreaterThan(0);
    expect(view.localOnly.every((id) => !w.sync.data.has(customSyncKey(id)))).toBe(true);
    expect(w.warnings).toEqual([]);
  });
});
