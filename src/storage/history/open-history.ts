import { deleteDB, openDB } from 'idb';
import type { StorageArea } from '../../platform/storage-area';
import { DB_NAME, DB_VERSION, upgradeHistory, type HistoryDB } from './schema';
import { IdbHistoryStore } from './idb-store';
import { LocalHistoryStore, readFallback } from './local-store';
import { FALLBACK_KEY } from '../keys';
import type { NoticeBoard } from './notices';
import type { HistoryStore } from './store';
import { describeError, isVersionError } from './errors';

export interface OpenDeps {
  /** storage.local: where the history falls back to when IndexedDB cannot be opened. */
  local: StorageArea;
  notices: NoticeBoard;
  retentionDays(): number;
}

function connect(deps: OpenDeps) {
  return async (onGone: () => void) => {
    let wasBlocked = false;
    const db = await openDB<HistoryDB>(DB_NAME, DB_VERSION, {
      upgrade: (database, oldVersion, _newVersion, tx) => {
        // idb waits for the upgrade transaction; a failure inside aborts it and rejects the open.
        void upgradeHistory(database, oldVersion, tx).catch(() => {
          try {
            tx.abort();
          } catch {
            /* already finished */
          }
        });
      },
      // Another page holds an older connection and did not let go: say so; the open goes on
      // waiting and completes once that page closes.
      blocked: () => {
        wasBlocked = true;
        void deps.notices.add('historyBlocked');
      },
      // A newer version wants to upgrade: step aside at once, so an open popup or stats page
      // never holds up the background's upgrade. The next call reconnects.
      blocking: () => {
        db.close();
        onGone();
      },
      // The browser closed the connection (the database was deleted, or its storage failed).
      terminated: onGone,
    });
    if (wasBlocked) await deps.notices.dismiss('historyBlocked');
    return db;
  };
}

/**
 * Opens the history: IndexedDB when it works, else storage.local with a notice. Never rejects.
 * Events written to the fallback while IndexedDB was unavailable move into IndexedDB as soon as
 * it opens again (in one transaction, idempotent by event id), so nothing is lost either way.
 */
export async function openHistoryWith(deps: OpenDeps): Promise<HistoryStore> {
  const store = new IdbHistoryStore({ connect: connect(deps), notices: deps.notices, retentionDays: deps.retentionDays });
  try {
    if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is not available here.', 'NotSupportedError');
    await store.ready();
  } catch (err) {
    store.close();
    await deps.notices.add(isVersionError(err) ? 'historyNewerVersion' : 'historyFallback', describeError(err));
    return new LocalHistoryStore(deps.local, deps.notices, deps.retentionDays);
  }
  await moveFallbackInto(store, deps);
  return store;
}

async function moveFallbackInto(store: IdbHistoryStore, deps: OpenDeps): Promise<void> {
  const { events } = await readFallback(deps.local);
  if (events.length === 0) return;
  try {
    await store.merge(events);
    await deps.local.remove(FALLBACK_KEY);
    await deps.notices.dismiss('historyFallback');
  } catch {
    // Left in storage.local for the next start; the merge is idempotent.
  }
}

/**
 * The "rebuild" action: deletes the IndexedDB database (whose contents could not be read anyway)
 * and opens a fresh one, moving over what the fallback kept. Resolves with the store in use.
 */
export async function rebuildHistoryWith(deps: OpenDeps): Promise<HistoryStore> {
  try {
    await deleteDB(DB_NAME, { blocked: () => void deps.notices.add('historyBlocked') });
  } catch (err) {
    await deps.notices.add('historyFallback', describeError(err));
  }
  const store = await openHistoryWith(deps);
  if (store.backend === 'indexeddb') await deps.notices.dismiss('historyFallback');
  return store;
}
