// History writes go through an outbox that is saved with the scheduler state. If the worker is
// stopped between the two, the next start writes the events again; their ids come from the
// state, so the store keeps each once. A broken or slow history never holds up the scheduler.
import type { HistoryEvent } from '../core/history/event';
import type { HistoryWriter } from '../storage/history/store';

/** More than a day of events; beyond this the oldest are dropped rather than growing forever. */
const MAX_PENDING = 500;
/** How long a dispatch waits for history before moving on (the write carries on regardless). */
export const HISTORY_WAIT_MS = 2_000;

export class HistoryOutbox {
  pending: HistoryEvent[] = [];
  /** The events the last flush wrote. */
  lastWritten: HistoryEvent[] = [];
  private store: Promise<HistoryWriter> | null = null;
  private flushing: Promise<boolean> | null = null;

  constructor(
    private readonly open: () => Promise<HistoryWriter>,
    private readonly warn: (message: string, error?: unknown) => void,
  ) {}

  add(events: HistoryEvent[]): void {
    this.pending.push(...events);
    if (this.pending.length > MAX_PENDING) {
      this.warn(`history outbox full: dropping ${this.pending.length - MAX_PENDING} old events`);
      this.pending.splice(0, this.pending.length - MAX_PENDING);
    }
  }

  /** The history this outbox writes to, opened if it is not yet; for reading its daily summaries. */
  writer(): Promise<HistoryWriter> {
    this.store ??= this.open();
    return this.store;
  }

  /** Writes what is pending; resolves true if anything was written. Never rejects. */
  flush(): Promise<boolean> {
    this.flushing ??= this.write().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async write(): Promise<boolean> {
    this.lastWritten = [];
    if (!this.pending.length) return false;
    let written = 0;
    try {
      const store = await this.writer();
      for (const event of [...this.pending]) {
        await store.append(event);
        this.pending = this.pending.filter((e) => e.id !== event.id);
        this.lastWritten.push(event);
        written += 1;
      }
    } catch (error) {
      // Kept for the next try; the scheduler goes on either way.
      this.store = null;
      this.warn('history write failed; will retry', error);
    }
    return written > 0;
  }
}

/** Resolves when `promise` settles or after `ms`, whichever is first. */
export function within(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void promise.finally(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
