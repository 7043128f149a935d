import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { HistoryEvent } from '../../core/history/event';
import { addToDay, dayKey, emptyDay, type DaySummary } from '../../core/history/day';

export { DB_NAME } from '../keys';

/**
 * Version 1: raw events only ('events', key 'id', index 'at'). Version 2: a 'days' store of
 * daily summaries (key 'day'), so raw events can be pruned (retention, quota) without losing
 * streaks and charts; upgrading backfills it from the events already stored.
 */
export const DB_VERSION = 2;

export interface HistoryDB extends DBSchema {
  events: { key: string; value: HistoryEvent; indexes: { at: number } };
  days: { key: string; value: DaySummary };
}

export type HistoryDb = IDBPDatabase<HistoryDB>;
type UpgradeTx = IDBPTransaction<HistoryDB, StoreNames<HistoryDB>[], 'versionchange'>;

/**
 * Runs every step from oldVersion up, inside the one upgrade transaction. Any failure aborts
 * that transaction, and with it the open.
 */
export async function upgradeHistory(db: HistoryDb, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) db.createObjectStore('events', { keyPath: 'id' }).createIndex('at', 'at');
  if (oldVersion < 2) {
    db.createObjectStore('days', { keyPath: 'day' });
    if (oldVersion >= 1) await backfillDays(tx);
  }
}

async function backfillDays(tx: UpgradeTx): Promise<void> {
  const days = new Map<string, DaySummary>();
  for (let cursor = await tx.objectStore('events').openCursor(); cursor; cursor = await cursor.continue()) {
    const key = dayKey(cursor.value.at);
    days.set(key, addToDay(days.get(key) ?? emptyDay(key), cursor.value));
  }
  const store = tx.objectStore('days');
  await Promise.all([...days.values()].map((d) => store.put(d)));
}
