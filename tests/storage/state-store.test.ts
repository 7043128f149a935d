// The engine's state in storage.local, and the storage.session marker that tells a browser start
// from a worker restart.
import { describe, expect, it } from 'vitest';
import { FakeStorageArea } from '../../src/platform/fakes/storage-area';
import { stateStore } from '../../src/storage/state-store';
import { ENGINE_KEY } from '../../src/storage/keys';

describe('stateStore', () => {
  it('round-trips the record through storage.local', async () => {
    const local = new FakeStorageArea();
    const store = stateStore(local, new FakeStorageArea());
    await store.save({ state: { schemaVersion: 1 }, outbox: [] });
    expect(local.data.get(ENGINE_KEY)).toEqual({ state: { schemaVersion: 1 }, outbox: [] });
    expect((await store.load()).record).toEqual({ state: { schemaVersion: 1 }, outbox: [] });
  });

  it('reports a browser start once per browser session', async () => {
    const session = new FakeStorageArea();
    const store = stateStore(new FakeStorageArea(), session);
    expect((await store.load()).browserStarted).toBe(true);
    expect((await store.load()).browserStarted).toBe(false);
    session.data.clear(); // the browser was closed and opened again
    expect((await store.load()).browserStarted).toBe(true);
  });

  it('treats every start as a browser start where storage.session is missing', async () => {
    const store = stateStore(new FakeStorageArea(), null);
    expect((await store.load()).browserStarted).toBe(true);
    expect((await store.load()).browserStarted).toBe(true);
  });

  it('counts a broken storage.session as a browser start, and still loads the state', async () => {
    const local = new FakeStorageArea();
    const session = new FakeStorageArea();
    session.failWith = new Error('storage.session is broken');
    const store = stateStore(local, session);
    await store.save({ state: { schemaVersion: 1 } });
    expect(await store.load()).toEqual({ record: { state: { schemaVersion: 1 } }, browserStarted: true });
  });

  it('lets a failed save reject, so the engine can say so', async () => {
    const local = new FakeStorageArea();
    local.quotaBytes = 0;
    await expect(stateStore(local, null).save({ state: {} })).rejects.toThrow('QUOTA_BYTES');
  });
});
