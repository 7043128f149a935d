// A full disk: the write that does not fit makes the store drop old raw events (keeping every
// daily summary), retry, and leave a notice; when even that fails, the event is not stored at all
// (no half-written summary) and the user is told the history is full. Nothing throws.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEvent } from '../../../src/core/history/event';
import { summarize } from '../../../src/core/history/day';
import { FakeStorageArea } from '../../../src/platform/fakes/storage-area';
import { noticeBoard, type NoticeBoard } from '../../../src/storage/history/notices';
import { openHistoryWith } from '../../../src/storage/history/open-history';
import { LocalHistoryStore } from '../../../src/storage/history/local-store';
import type { HistoryStore } from '../../../src/storage/history/store';
import { FALLBACK_KEY } from '../../../src/storage/keys';

const DAY = 86_400_000;
const now = new Date(2026, 5, 15, 12).getTime();
const old: HistoryEvent[] = [200, 120, 60, 20, 3, 0.5].map((daysAgo, i) => ({
  id: `old-${i}`,
  at: now - daysAgo * DAY,
  type: 'taken',
  kind: 'posture',
  stretchIds: ['cobra'],
  durationMs: 1000,
  completed: true,
}));
const fresh: HistoryEvent = { id: 'fresh', at: now, type: 'skipped', kind: 'posture' };

let failAdds = 0;
const realAdd = IDBObjectStore.prototype.add;

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  failAdds = 0;
  // fake-indexeddb has no quota: make the next `failAdds` writes fail the way Chrome's do.
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (failAdds > 0) {
      failAdds -= 1;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return realAdd.apply(this, args);
  });
});
afterEach(() => vi.restoreAllMocks());

async function filled(): Promise<{ store: HistoryStore; notices: NoticeBoard }> {
  const local = new FakeStorageArea();
  const notices = noticeBoard(local, () => now);
  const store = await openHistoryWith({ local, notices, retentionDays: () => 3650 });
  for (const e of old) await store.append(e);
  return { store, notices };
}

describe('IndexedDB history when the disk is full', () => {
  it('drops raw events older than 90 days, keeps summaries, stores the event and says so', async () => {
    const { store, notices } = await filled();
    failAdds = 1;
    await store.append(fresh);
    const { events, days } = await store.everything();
    expect(events.map((e) => e.id)).toEqual(['old-2', 'old-3', 'old-4', 'old-5', 'fresh']);
    expect(days).toEqual([...summarize([...old, fresh]).values()]);
    expect(await notices.list()).toEqual([{ kind: 'historyCompacted', at: now, detail: '2:90' }]);
  });

  it('goes on to shorter keeps until the write fits', async () => {
    const { store } = await filled();
    failAdds = 3;
    await store.append(fresh);
    expect((await store.everything()).events.map((e) => e.id)).toEqual(['old-4', 'old-5', 'fresh']);
  });

  it('stores nothing of the event when nothing helps, keeps every summary, and reports it full', async () => {
    const { store, notices } = await filled();
    failAdds = 1000;
    await expect(store.append(fresh)).resolves.toBeUndefined();
    const { events, days } = await store.everything();
    expect(events.map((e) => e.id)).toEqual(['old-4', 'old-5']);
    expect(days).toEqual([...summarize(old).values()]);
    expect((await notices.list()).map((n) => n.kind)).toEqual(['historyFull']);
  });
});

describe('storage.local fallback when storage.local is full', () => {
  it('drops old raw events to fit, keeps summaries, and says so', async () => {
    const area = new FakeStorageArea();
    const notices = noticeBoard(new FakeStorageArea(), () => now);
    const store = new LocalHistoryStore(area, notices, () => 3650);
    for (const e of old) await store.append(e);
    const size = JSON.stringify(area.data.get(FALLBACK_KEY)).length;
    area.quotaBytes = size + 50;
    await store.append(fresh);
    const { events, days } = await store.everything();
    expect(events.at(-1)!.id).toBe('fresh');
    expect(events.length).toBeLessThan(old.length + 1);
    expect(days).toEqual([...summarize([...old, fresh]).values()]);
    expect((await notices.list()).map((n) => n.kind)).toEqual(['historyCompacted']);
  });
});
