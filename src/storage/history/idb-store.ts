// The history in IndexedDB: append (with retention and quota compaction) and the daily summaries
// for the background, merging the fallback back in, and for the pages the export and clearing.
import type { HistoryEvent } from '../../core/history/event';
import { addToDay, dayKey, emptyDay, type DaySummary } from '../../core/history/day';
import type { HistoryStore } from './store';
import type { NoticeBoard } from './notices';
import { compactionPlan, retentionCutoff } from '../../core/history/retention';
import { describeError, isConnectionGone, isQuotaError, isVersionError } from './errors';
import type { HistoryDb } from './schema';

export interface IdbStoreDeps {
  /** Opens the database; must call onGone when the connection closes itself (versionchange). */
  connect(onGone: () => void): Promise<HistoryDb>;
  notices: NoticeBoard;
  retentionDays(): number;
}

/**
 * Runs body in tx and waits for idb's `tx.done` (the commit); aborts the transaction if body
 * throws, so a half-done logical write never lands.
 */
async function inTx<T>(tx: { done: Promise<void>; abort(): void }, body: () => Promise<T>): Promise<T> {
  const done = tx.done;
  // Observed below; this only stops a second, unhandled report when body throws first.
  done.catch(() => undefined);
  let result: T;
  try {
    result = await body();
  } catch (err) {
    try {
      tx.abort();
    } catch {
      /* already finished */
    }
    throw err;
  }
  await done;
  return result;
}

/** Adds the events not stored yet, with their daily summaries, in one transaction. */
function writeEvents(db: HistoryDb, events: readonly HistoryEvent[]): Promise<void> {
  const tx = db.transaction(['events', 'days'], 'readwrite');
  return inTx(tx, async () => {
    const store = tx.objectStore('events');
    const days = tx.objectStore('days');
    for (const event of events) {
      if ((await store.getKey(event.id)) !== undefined) continue;
      const key = dayKey(event.at);
      const day = (await days.get(key)) ?? emptyDay(key);
      await Promise.all([store.add(event), days.put(addToDay(day, event))]);
    }
  });
}

export class IdbHistoryStore implements HistoryStore {
  readonly backend = 'indexeddb' as const;
  private db: Promise<HistoryDb> | null = null;
  private closed = false;
  private lastPruneDay = '';

  constructor(private readonly deps: IdbStoreDeps) {}

  /** Opens the connection now, so openHistory() can fall back when IndexedDB is broken. */
  async ready(): Promise<void> {
    await this.connection();
  }

  private connection(): Promise<HistoryDb> {
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
  private async use<T>(fn: (db: HistoryDb) => Promise<T>): Promise<T> {
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
      await this.use((db) => writeEvents(db, [event]));
    } catch (err) {
      if (isQuotaError(err)) return this.compactAndRetry(event);
      // A newer build upgraded the database while this page was open: only a reload helps.
      await this.deps.notices.add(isVersionError(err) ? 'historyNewerVersion' : 'historyWriteFailed', describeError(err));
      return;
    }
    await this.pruneOncePerDay(event.at);
  }

  private async compactAndRetry(event: HistoryEvent): Promise<void> {
    for (const { keepDays, beforeMs } of compactionPlan(event.at)) {
      try {
        const removed = await this.prune(beforeMs);
        await this.use((db) => writeEvents(db, [event]));
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

  /** Deletes raw events with at < beforeMs; their daily summaries stay. Returns how many went. */
  private async prune(beforeMs: number): Promise<number> {
    if (!Number.isFinite(beforeMs)) return 0;
    return this.use((db) => {
      const tx = db.transaction('events', 'readwrite');
      return inTx(tx, async () => {
        let removed = 0;
        let cursor = await tx.store.index('at').openCursor(IDBKeyRange.upperBound(beforeMs, true));
        while (cursor) {
          await cursor.delete();
          removed += 1;
          cursor = await cursor.continue();
        }
        return removed;
      });
    });
  }

  async days(fromDay: string, toDay: string): Promise<DaySummary[]> {
    if (!(fromDay <= toDay)) return [];
    return this.use((db) => db.getAll('days', IDBKeyRange.bound(fromDay, toDay)));
  }

  /** Adds events (and their summaries) that are not stored yet, in one transaction. */
  merge(events: readonly HistoryEvent[]): Promise<void> {
    return this.use((db) => writeEvents(db, events));
  }

  async clear(): Promise<void> {
    await this.use((db) => {
      const tx = db.transaction(['events', 'days'], 'readwrite');
      return inTx(tx, () => Promise.all([tx.objectStore('events').clear(), tx.objectStore('days').clear()]));
    });
  }

  /** Every raw event (oldest first) and summary, for export, read in one transaction. */
  async everything(): Promise<{ events: HistoryEvent[]; days: DaySummary[] }> {
    return this.use(async (db) => {
      const tx = db.transaction(['events', 'days']);
      const [events, days] = await Promise.all([tx.objectStore('events').index('at').getAll(), tx.objectStore('days').getAll()]);
      return { events, days };
    });
  }

  close(): void {
    this.closed = true;
    void this.db?.then(
      (db) => db.close(),
      () => undefined,
    );
    this.db = null;
  }
}
