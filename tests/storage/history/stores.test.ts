import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, vi } from 'vitest';
import { historyStoreContract } from './contract';
import { FakeHistoryStore } from '../../../src/storage/fakes/history-store';
import { FakeStorageArea } from '../../../src/platform/fakes/storage-area';
import { noticeBoard } from '../../../src/storage/history/notices';
import { openHistoryWith } from '../../../src/storage/history/open-history';
import { LocalHistoryStore } from '../../../src/storage/history/local-store';

beforeEach(() => {
  // A fresh IndexedDB per test, so tests cannot see each other's data.
  vi.stubGlobal('indexedDB', new IDBFactory());
});

historyStoreContract('in-memory fake', async () => new FakeHistoryStore());

historyStoreContract('IndexedDB (idb on fake-indexeddb)', async () => {
  const local = new FakeStorageArea();
  const store = await openHistoryWith({ local, notices: noticeBoard(local), retentionDays: () => 365 });
  if (store.backend !== 'indexeddb') throw new Error('expected the IndexedDB store');
  return store;
});

historyStoreContract('storage.local fallback', async () => {
  const local = new FakeStorageArea();
  return new LocalHistoryStore(local, noticeBoard(local), () => 365);
});
