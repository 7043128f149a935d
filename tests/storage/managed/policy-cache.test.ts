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
    expect((await cache.refresh()).changed).toBe(false);
    expect(await cache.cached()).toEqual(NO_POLICY);
    expect(local.writes).toBe(0);
  });

  it('reads nothing from storage.managed to give the remembered policy', async () => {
    const managed = new FakeManaged({ locked: ['theme'] });
    const cache = new PolicyCache(managed, new FakeStorageArea());
    expect(await cache.cached()).toEqual(NO_POLICY);
    expect(managed.reads).toBe(0);
    expect((await cache.refresh()).changed).toBe(true);
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
    expect((await cache.refresh()).changed).toBe(false);
    managed.set({ defaults: { breakIntervalMin: 50 } });
    expect((await cache.refresh()).changed).toBe(true);
    expect((await cache.cached()).defaults).toEqual({ breakIntervalMin: 50 });
    managed.set(undefined);
    expect((await cache.refresh()).changed).toBe(true);
    expect(local.data.has(POLICY_CACHE_KEY)).toBe(false);
    await Promise.resolve();
    expect(heard).toBe(3);
  });

  it('says what it left out of a policy, and remembers the rest', async () => {
    const managed = new FakeManaged({ defaults: { breakIntervalMin: 40, nonsense: 1 }, locked: ['theme', 'nope'] });
    const cache = new PolicyCache(managed, new FakeStorageArea());
    const { changed, problems } = await cache.refresh();
    expect(changed).toBe(true);
    expect(problems).toEqual([
      { code: 'unknownField', field: 'nonsense' },
      { code: 'unknownLocked', field: 'nope' },
    ]);
    expect(await cache.cached()).toEqual({ defaults: { breakIntervalMin: 40 }, locked: ['theme'] });
    expect((await cache.refresh()).problems).toHaveLength(2);
  });
});
