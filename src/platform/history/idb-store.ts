import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { HistoryEvent } from '../../core/history/event';
import { addToDay, dayKey, emptyDay, type DaySummary } from '../../core/history/day';
import type { HistoryDB } from './schema';
import type { HistoryStore } from './store';
import type { NoticeBoard } from './notices';
import { COMPACTION_KEEP_DAYS, DAY_MS, retentionCutoff } from './compaction';
import { describeError, isConnectionGone, isQuotaError, isVersionError } from './errors';

type Db = IDBPDatabase<HistoryDB>;
type Tx = IDBPTransaction<HistoryDB, StoreNames<HistoryDB>[], 'readwrite'>;

export interface IdbStoreDeps {
  /** Opens the database; must call onGone when the connection closes itself (versionchange). */
  connect(onGone: () => void): Promise<Db>;
  notices: NoticeBoard;
  retentionDays(): number;
}

/** Runs body in tx and waits for the commit; aborts the transaction if body throws. */
async function inTx<T>(tx: Tx, body: () => Promise<T>): Promise<T> {
  const done = tx.done;
  // Observed below; this only stops a second, unhandled report when body throws first.
  done.catch(() => undefined);
  let result: T;
  try {
    result = await body();
  } catch (err) {
    try { tx.abort(); } catch { /* already finished */ }
    throw err;
  }
  await done;
  return result;
}

async function writeEvent(db: Db, event: HistoryEvent): Promise<void> {
  const tx = db.transaction(['events', 'days'], 'readwrite');
  await inTx(tx, async () => {
    const events = tx.objectStore('events');
    if ((await events.getKey(event.id)) !== undefined) return;
    const key = dayKey(event.at);
    const days = tx.objectStore('days');
    const day = (await days.get(key)) ?? emptyDay(key);
    await Promise.all([events.add(event), days.put(addToDay(day, event))]);
  });
}

export class IdbHistoryStore implements HistoryStore {
  readonly backend = 'indexeddb' as const;
  private db: Promise<Db> | null = null;
  private closed = false;
  private lastPruneDay = '';

  constructor(private readonly deps: IdbStoreDeps) {}

  /** Opens the connection now, so openHistory() can fall back when IndexedDB is broken. */
  async ready(): Promise<void> {
    await this.connection();
  }

  private connection(): Promise<Db> {
    if (this.closed) return Promise.reject(new DOMException('The history store was closed.', 'InvalidStateError'));
    if (!this.db) {
      const opening = this.deps.connect(() => {
        if (this.db === opening) this.db = null;
      });
      this.db = opening;
      opening.catch(() => {
        if (this.db === opening) this.db = null;
      });
    }
    return this.db;
  }

  /** Runs fn on the connection, reconnecting once if it was closed under us. */
  private async use<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    try {
      return await fn(await this.connection());
    } catch (err) {
      if (!isConnectionGone(err) || this.closed) throw err;
      this.db = null;
      return fn(await this.connection());
    }
  }

  async append(event: HistoryEvent): Promise<void> {
    try {
      await this.use((db) => writeEvent(db, event));
    } catch (err) {
      if (isQuotaError(err)) return this.compactAndRetry(event);
      // A newer build upgraded the database while this page was open: only a reload helps.
      await this.deps.notices.add(isVersionError(err) ? 'historyNewerVersion' : 'historyWriteFailed', describeError(err));
      return;
    }
    await this.pruneOncePerDay(event.at);
  }

  private async compactAndRetry(event: HistoryEvent): Promise<void> {
    for (const keepDays of COMPACTION_KEEP_DAYS) {
      try {
        const removed = await this.prune(event.at - keepDays * DAY_MS);
        await this.use((db) => writeEvent(db, event));
        await this.deps.notices.add('historyCompacted', `${removed}:${keepDays}`);
        return;
      } catch (err) {
        if (!isQuotaError(err)) {
          await this.deps.notices.add('historyWriteFailed', describeError(err));
          return;
        }
      }
    }
    await this.deps.notices.add('historyFull');
  }

  /** Retention runs at most once per day per connection; its cost is one empty index query. */
  private async pruneOncePerDay(nowMs: number): Promise<void> {
    const today = dayKey(nowMs);
    if (today === this.lastPruneDay) return;
    this.lastPruneDay = today;
    const cutoff = retentionCutoff(nowMs, this.deps.retentionDays());
    if (cutoff !== null) await this.prune(cutoff).catch(() => 0);
  }

  async range(fromMs: number, toMs: number): Promise<HistoryEvent[]> {
    if (!(fromMs < toMs)) return [];
    return this.use((db) => db.getAllFromIndex('events', 'at', IDBKeyRange.bound(fromMs, toMs, false, true)));
  }

  async countTaken(fromMs: number, toMs: number): Promise<number> {
    return (await this.range(fromMs, toMs)).filter((e) => e.type === 'taken').length;
  }

  async days(fromDay: string, toDay: string): Promise<DaySummary[]> {
    if (!(fromDay <= toDay)) return [];
    return this.use((db) => db.getAll('days', IDBKeyRange.bound(fromDay, toDay)));
  }

  async prune(beforeMs: number): Promise<number> {
    if (!Number.isFinite(beforeMs)) return 0;
    return this.use(async (db) => {
      const tx = db.transaction(['events', 'days'], 'readwrite');
      return inTx(tx, async () => {
        let removed = 0;
        let cursor = await tx.objectStore('events').index('at').openCursor(IDBKeyRange.upperBound(beforeMs, true));
        while (cursor) {
          await cursor.delete();
          removed += 1;
          cursor = await cursor.continue();
        }
        return removed;
      });
    });
  }

  async clear(): Promise<void> {
    await this.use(async (db) => {
      const tx = db.transaction(['events', 'days'], 'readwrite');
      await inTx(tx, () => Promise.all([tx.objectStore('events').clear(), tx.objectStore('days').clear()]));
    });
  }

  /** Every raw event and summary, for export. */
  async everything(): Promise<{ events: HistoryEvent[]; days: DaySummary[] }> {
    return this.use(async (db) => {
      const tx = db.transaction(['events', 'days'], 'readonly');
      const [events, days] = await Promise.all([tx.objectStore('events').index('at').getAll(), tx.objectStore('days').getAll()]);
      return { events, days };
    });
  }

  /** Adds events (and their summaries) that are not stored yet, in one transaction. */
  async merge(events: readonly HistoryEvent[]): Promise<void> {
    await this.use(async (db) => {
      const tx = db.transaction(['events', 'days'], 'readwrite');
      await inTx(tx, async () => {
        const store = tx.objectStore('events');
        const days = tx.objectStore('days');
        for (const event of events) {
          if ((await store.getKey(event.id)) !== undefined) continue;
          const key = dayKey(event.at);
          await store.add(event);
          await days.put(addToDay((await days.get(key)) ?? emptyDay(key), event));
        }
      });
    });
  }

  close(): void {
    this.closed = true;
    void this.db?.then((db) => db.close(), () => undefined);
    this.db = null;
  }
}
