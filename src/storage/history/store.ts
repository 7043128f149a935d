import type { HistoryEvent } from '../../core/history/event';
import type { DaySummary } from '../../core/history/day';

/**
 * The break history. The real store is IndexedDB (history/idb-store.ts, opened by openHistory()
 * in history/open.ts); when IndexedDB cannot be opened, storage.local stands in
 * (history/local-store.ts). The fake (fakes/history-store.ts) keeps events in memory and behaves
 * the same, so one test suite runs against all of them.
 *
 * No method throws for storage trouble: a write that cannot land is reported on the notice board
 * (history/notices.ts) and the caller carries on.
 */
export interface HistoryStore {
  /** Idempotent: appending an event whose id is already stored changes nothing. */
  append(event: HistoryEvent): Promise<void>;
  /** Daily summaries with fromDay <= day <= toDay ('YYYY-MM-DD'), oldest first; empty days absent. */
  days(fromDay: string, toDay: string): Promise<DaySummary[]>;
  /** Every stored raw event (oldest first, ties by id) and every daily summary, for export. */
  everything(): Promise<{ events: HistoryEvent[]; days: DaySummary[] }>;
  /** Deletes every event and every summary. */
  clear(): Promise<void>;
  close(): void;
  /** Where the history lives right now; 'fallback' means storage.local stands in for IndexedDB. */
  readonly backend: 'indexeddb' | 'fallback' | 'memory';
}

/**
 * The part of the history the background uses: it writes, and reads back the daily summaries it
 * shares with the person's other devices. The stores are whole (the rest of the reading costs the
 * worker about 0.2 KB gzipped, less than a separate writer class is worth); this type keeps the
 * background from reaching for the pages' part.
 */
export type HistoryWriter = Pick<HistoryStore, 'append' | 'days' | 'close' | 'backend'>;
