import type { HistoryEvent } from '../../core/history/event';
import { addToDay, dayKey, emptyDay, type DaySummary } from '../../core/history/day';
import { eachCursor } from './idb';

export const DB_NAME = 'unhunch-history';

/**
 * Version 1: raw events only ('events', key 'id', index 'at'). Version 2: a 'days' store of
 * daily summaries (key 'day'), so raw events can be pruned (retention, quota) without losing
 * streaks and charts; upgrading backfills it from the events already stored.
 */
export const DB_VERSION = 2;

/**
 * Runs every step from oldVersion up, inside the one upgrade transaction. Any failure aborts
 * that transaction, and with it the open.
 */
export function upgradeHistory(db: IDBDatabase, oldVersion: number, tx: IDBTransaction): void {
  if (oldVersion < 1) db.createObjectStore('events', { keyPath: 'id' }).createIndex('at', 'at');
  if (oldVersion < 2) {
    const store = db.createObjectStore('days', { keyPath: 'day' });
    if (oldVersion >= 1) backfillDays(tx, store);
  }
}

function backfillDays(tx: IDBTransaction, store: IDBObjectStore): void {
  const days = new Map<string, DaySummary>();
  eachCursor<IDBCursorWithValue>(
    tx.objectStore('events').openCursor(),
    (cursor) => {
      const event = cursor.value as HistoryEvent;
      const key = dayKey(event.at);
      days.set(key, addToDay(days.get(key) ?? emptyDay(key), event));
    },
    () => days.forEach((d) => store.put(d)),
  );
}
