import { describe, expect, it } from 'vitest';
import { FakeStorageArea } from '../../src/platform/fakes/storage-area';
import { deliveryStore } from '../../src/storage/delivery-store';
import { DELIVERY_KEY, STRETCH_WINDOW_KEY } from '../../src/storage/keys';

describe('deliveryStore', () => {
  it('keeps the window id in storage.session and forgets it on request', async () => {
    const session = new FakeStorageArea();
    const store = deliveryStore(new FakeStorageArea(), session);
    expect(await store.windowId()).toBeNull();
    await store.setWindowId(42);
    expect(await deliveryStore(new FakeStorageArea(), session).windowId()).toBe(42);
    await store.setWindowId(null);
    expect(await store.windowId()).toBeNull();
  });

  it('keeps the id in memory where storage.session is missing', async () => {
    const store = deliveryStore(new FakeStorageArea(), null);
    await store.setWindowId(7);
    expect(await store.windowId()).toBe(7);
  });

  it('reads garbage as no window and no note', async () => {
    const local = new FakeStorageArea();
    const session = new FakeStorageArea();
    await session.set(STRETCH_WINDOW_KEY, 'seven');
    await local.set(DELIVERY_KEY, { fallback: 'nonsense', at: 1 });
    const store = deliveryStore(local, session);
    expect(await store.windowId()).toBeNull();
    expect(await store.note()).toBeNull();
  });

  it('writes the note only when the reason changes', async () => {
    const local = new FakeStorageArea();
    const store = deliveryStore(local, null);
    let changes = 0;
    store.onNoteChange(() => {
      changes += 1;
    });
    await store.setNote(null, 1);
    await store.setNote('blocked', 2);
    await store.setNote('blocked', 3);
    expect(await store.note()).toEqual({ fallback: 'blocked', at: 2 });
    await store.setNote(null, 4);
    expect(await store.note()).toBeNull();
    expect(changes).toBe(2);
  });

  it('never rejects, even when storage does', async () => {
    const local = new FakeStorageArea();
    local.failWith = new Error('QUOTA_BYTES quota exceeded');
    const store = deliveryStore(local, null);
    await expect(store.setNote('failed', 1)).resolves.toBeUndefined();
  });
});
