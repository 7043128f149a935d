import { describe, expect, it } from 'vitest';
import { NO_POLICY } from '../../../src/core/settings/policy';
import { FakeManaged } from '../../../src/platform/fakes/managed';
import { FakeStorageArea } from '../../../src/platform/fakes/storage-area';
import { PolicyCache, POLICY_CACHE_KEY } from '../../../src/storage/managed/policy-cache';

describe('PolicyCache', () => {
  it.each(['chrome', 'firefox'] as const)('treats no policy in %s as nothing, and stores nothing', async (flavour) => {
    const managed = new FakeManaged(undefined, flavour);
    if (flavour === 'firefox') await expect(managed.rawGet()).rejects.toThrow();
    else expect(await managed.rawGet()).toEqual({});
    const local = new FakeStorageArea();
    const cache = new PolicyCache(managed, local);
    expect(await cache.refresh()).toBe(false);
    expect(await cache.cached()).toEqual(NO_POLICY);
    expect(local.writes).toBe(0);
  });

  it('reads nothing from storage.managed to give the remembered policy', async () => {
    const managed = new FakeManaged({ locked: ['theme'] });
    const cache = new PolicyCache(managed, new FakeStorageArea());
    expect(await cache.cached()).toEqual(NO_POLICY);
    expect(managed.reads).toBe(0);
    expect(await cache.refresh()).toBe(true);
    expect(await cache.cached()).toEqual({ defaults: {}, locked: ['theme'] });
    expect(managed.reads).toBe(1);
  });

  it('follows a policy that changes or goes away, and tells listeners', async () => {
    const managed = new FakeManaged({ defaults: { breakIntervalMin: 40 } });
    const local = new FakeStorageArea();
    const cache = new PolicyCache(managed, local);
    let heard = 0;
    cache.onChange(() => {
      heard += 1;
    });
    await cache.refresh();
    expect(await cache.refresh()).toBe(false);
    managed.set({ defaults: { breakIntervalMin: 50 } });
    expect(await cache.refresh()).toBe(true);
    expect((await cache.cached()).defaults).toEqual({ breakIntervalMin: 50 });
    managed.set(undefined);
    expect(await cache.refresh()).toBe(true);
    expect(local.data.has(POLICY_CACHE_KEY)).toBe(false);
    await Promise.resolve();
    expect(heard).toBe(3);
  });
});
