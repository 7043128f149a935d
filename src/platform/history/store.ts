import type { HistoryEvent } from '../../core/history/event';

/**
 * The break history. The real store is IndexedDB through idb (history/idb-store.ts); the fake
 * (fakes/history-store.ts) keeps events in memory and behaves the same, so one test suite runs
 * against both.
 */
export interface HistoryStore {
  /** Idempotent: appending an event whose id is already stored changes nothing. */
  append(event: HistoryEvent): Promise<void>;
  /** Events with from <= at < to, oldest first. */
  range(fromMs: number, toMs: number): Promise<HistoryEvent[]>;
  /** Taken breaks with from <= at < to. */
  countTaken(fromMs: number, toMs: number): Promise<number>;
  clear(): Promise<void>;
  close(): void;
}
