import { describe, expect, it } from 'vitest';
import { emptyBag, type ShuffleBag } from '../../src/core/stretches/shuffle-bag';
import { FakeStorageArea } from '../../src/platform/fakes/storage-area';
import { shuffleStore } from '../../src/storage/shuffle-store';
import { SHUFFLE_KEY } from '../../src/storage/keys';

const bag: ShuffleBag = { version: 1, shown: ['cobra'], last: 'cobra', current: 'cobra', breakId: '100-1', routine: null };

describe('shuffleStore', () => {
  it('keeps the bag between openings', async () => {
    const area = new FakeStorageArea();
    await shuffleStore(area).save(bag);
    expect(await shuffleStore(area).load()).toEqual(bag);
  });

  it('starts a fresh round from a malformed or unreadable bag', async () => {
    const area = new FakeStorageArea();
    await area.set(SHUFFLE_KEY, { version: 9 });
    expect(await shuffleStore(area).load()).toEqual(emptyBag());
    area.failWith = new Error('IO error');
    expect(await shuffleStore(area).load()).toEqual(emptyBag());
  });

  it('rejects a failed save so the caller knows, and keeps working in memory without storage', async () => {
    const area = new FakeStorageArea();
    area.failWith = new Error('QUOTA_BYTES quota exceeded');
    await expect(shuffleStore(area).save(bag)).rejects.toThrow('quota');
    const memory = shuffleStore(null);
    await memory.save(bag);
    expect(await memory.load()).toEqual(bag);
  });
});
