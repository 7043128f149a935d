// The IndexedDB side of the history: schema upgrade from a v1 database, connection etiquette
// (versionchange, blocked), IndexedDB being unavailable, and the storage.local fallback merging
// back. Quota handling is in quota.test.ts.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEvent } from '../../../src/core/history/event';
import { summarize } from '../../../src/core/history/day';
import { FakeStorageArea } from '../../../src/platform/fakes/storage-area';
import { noticeBoard } from '../../../src/storage/history/notices';
import { openHistoryWith, rebuildHistoryWith, type OpenDeps } from '../../../src/storage/history/open-history';
import { DB_NAME, DB_VERSION } from '../../../src/storage/history/schema';
import { FALLBACK_KEY } from '../../../src/storage/keys';

const v1Events = JSON.parse(readFileSync(new URL('../../fixtures/history-v1.json', import.meta.url), 'utf8')) as HistoryEvent[];
let factory: IDBFactory;
let local: FakeStorageArea;
let deps: OpenDeps;

beforeEach(() => {
  factory = new IDBFactory();
  vi.stubGlobal('indexedDB', factory);
  local = new FakeStorageArea();
  deps = { local, notices: noticeBoard(local, () => 1), retentionDays: () => 3650 };
});

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Builds the version-1 database exactly as the first schema did, filled with the fixture. */
async function createV1(events: HistoryEvent[]): Promise<IDBDatabase> {
  const open = factory.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('events', { keyPath: 'id' });
    store.createIndex('at', 'at');
  };
  const db = await request(open);
  const tx = db.transaction('events', 'readwrite');
  for (const e of events) tx.objectStore('events').put(e);
  await new Promise((r) => {
    tx.oncomplete = r;
  });
  return db;
}

const noticeKinds = async () => (await deps.notices.list()).map((n) => n.kind);
const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 1));
};

describe('openHistory on IndexedDB', () => {
  it('upgrades a v1 database: events kept, daily summaries backfilled', async () => {
    (await createV1(v1Events)).close();
    const store = await openHistoryWith(deps);
    expect(store.backend).toBe('indexeddb');
    const all = await store.everything();
    expect(all.events).toEqual([...v1Events].sort((a, b) => a.at - b.at));
    expect(all.days).toEqual([...summarize(v1Events).values()]);
    const db = await request(factory.open(DB_NAME));
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['days', 'events']);
    db.close();
  });

  it('steps aside when a newer version opens the database, so the upgrade is not blocked', async () => {
    const store = await openHistoryWith(deps);
    await store.append(v1Events[0]!);
    const newer = factory.open(DB_NAME, DB_VERSION + 1);
    const blocked = vi.fn();
    newer.onblocked = blocked;
    const db = await request(newer);
    expect(blocked).not.toHaveBeenCalled();
    expect(db.version).toBe(DB_VERSION + 1);
    db.close();
    // This (now older) code cannot use the newer database; it says so instead of throwing.
    await store.append(v1Events[1]!);
    expect(await noticeKinds()).toContain('historyNewerVersion');
  });

  it('reconnects after stepping aside for a delete, and keeps working', async () => {
    const store = await openHistoryWith(deps);
    await store.append(v1Events[0]!);
    await request(factory.deleteDatabase(DB_NAME));
    await store.append(v1Events[1]!);
    expect((await store.everything()).events).toEqual([v1Events[1]]);
    expect(await noticeKinds()).toEqual([]);
  });

  it('tells the user when an old page blocks the upgrade, and completes once it closes', async () => {
    const old = await createV1(v1Events.slice(0, 2));
    // An old build that never learned to close on versionchange.
    old.onversionchange = null;
    const opening = openHistoryWith(deps);
    await until(async () => (await noticeKinds()).includes('historyBlocked'));
    expect(await noticeKinds()).toEqual(['historyBlocked']);
    old.close();
    const store = await opening;
    expect(store.backend).toBe('indexeddb');
    expect((await store.everything()).events).toHaveLength(2);
    expect(await noticeKinds()).toEqual([]);
  });

  it('applies retention on the first write of a day: old raw events go, summaries stay', async () => {
    const store = await openHistoryWith({ ...deps, retentionDays: () => 1 });
    for (const e of v1Events.slice(0, 7)) await store.append(e);
    const last = v1Events[7]!;
    await store.append(last);
    const left = (await store.everything()).events.map((e) => e.id);
    expect(left.every((id) => v1Events.find((e) => e.id === id)!.at >= last.at - 86_400_000)).toBe(true);
    expect(left).toContain(last.id);
    expect((await store.everything()).days).toEqual([...summarize(v1Events).values()]);
  });
});

describe('openHistory without a working IndexedDB', () => {
  it.each([
    ['missing (no indexedDB global)', undefined],
    [
      'UnknownError at open',
      {
        open() {
          throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
        },
      },
    ],
    [
      'InvalidStateError at open (Firefox private mode)',
      {
        open() {
          throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
        },
      },
    ],
  ])('falls back to storage.local with a notice when IndexedDB is %s', async (_, broken) => {
    vi.stubGlobal('indexedDB', broken);
    const store = await openHistoryWith(deps);
    expect(store.backend).toBe('fallback');
    expect(await noticeKinds()).toEqual(['historyFallback']);
    await store.append(v1Events[1]!);
    expect((await store.everything()).events).toEqual([v1Events[1]]);
    expect(local.data.get(FALLBACK_KEY)).toBeDefined();
  });

  it('moves fallback events into IndexedDB once it opens again, and clears the notice', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const fallback = await openHistoryWith(deps);
    for (const e of v1Events) await fallback.append(e);
    vi.stubGlobal('indexedDB', factory);
    const store = await openHistoryWith(deps);
    expect(store.backend).toBe('indexeddb');
    expect((await store.everything()).events).toHaveLength(v1Events.length);
    expect((await store.everything()).days).toEqual([...summarize(v1Events).values()]);
    expect(local.data.has(FALLBACK_KEY)).toBe(false);
    expect(await noticeKinds()).toEqual([]);
  });

  it('rebuild deletes the unreadable database, opens a fresh one and keeps the fallback events', async () => {
    (await createV1(v1Events.slice(0, 1))).close();
    vi.stubGlobal('indexedDB', {
      open() {
        throw new DOMException('Internal error', 'UnknownError');
      },
    });
    const fallback = await openHistoryWith(deps);
    await fallback.append(v1Events[5]!);
    vi.stubGlobal('indexedDB', factory);
    const store = await rebuildHistoryWith(deps);
    expect(store.backend).toBe('indexeddb');
    expect((await store.everything()).events.map((e) => e.id)).toEqual([v1Events[5]!.id]);
    expect(await noticeKinds()).toEqual([]);
  });
});
