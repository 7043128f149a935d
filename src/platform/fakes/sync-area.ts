import { itemBytes, SYNC_LIMITS, type SyncLimits } from '../../core/devices/quota';
import type { StorageArea } from '../storage-area';
import type { SyncArea } from '../sync-area';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * storage.sync in memory, with its limits: 8,192 bytes per item and 102,400 in all (key length
 * plus the value's JSON, in UTF-8), 512 items, 120 writes a minute and 1,800 an hour. A write over
 * any of them rejects with the message Chrome gives and changes nothing. Every set() or remove()
 * call is one write operation, as in the browser, also when a byte quota then refuses it; a call
 * refused for the rate itself is not counted. Time comes from `now`, so tests move it.
 *
 * It is also a one-key StorageArea, so the settings store can share it with device summaries,
 * as it shares the real area.
 */
export class FakeSyncArea implements SyncArea, StorageArea {
  readonly data = new Map<string, unknown>();
  /** When set, every call rejects with it (sync switched off, or the area broken). */
  failWith: Error | null = null;
  /** Times of the write operations counted so far. */
  readonly writeTimes: number[] = [];
  private listeners = new Set<(keys: string[]) => void>();

  constructor(
    readonly now: () => number = Date.now,
    readonly limits: SyncLimits = SYNC_LIMITS,
  ) {}

  bytesInUse(): number {
    let bytes = 0;
    for (const [k, v] of this.data) bytes += itemBytes(k, v);
    return bytes;
  }

  async getAll(): Promise<Record<string, unknown>> {
    if (this.failWith) throw this.failWith;
    return structuredClone(Object.fromEntries(this.data));
  }

  async set(items: Record<string, unknown>): Promise<void>;
  async set(key: string, value: unknown): Promise<void>;
  async set(a: Record<string, unknown> | string, b?: unknown): Promise<void> {
    const items = typeof a === 'string' ? { [a]: b } : a;
    if (this.failWith) throw this.failWith;
    this.countWrite();
    const copy = structuredClone(items);
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(copy)) {
      // Like the browser, an undefined value is not stored at all.
      if (v === undefined) continue;
      if (itemBytes(k, v) > this.limits.QUOTA_BYTES_PER_ITEM) throw new Error('Resource::kQuotaBytesPerItem quota exceeded');
      next.set(k, v);
    }
    if (next.size > this.limits.MAX_ITEMS) throw new Error('Resource::kMaxItems quota exceeded');
    let total = 0;
    for (const [k, v] of next) total += itemBytes(k, v);
    if (total > this.limits.QUOTA_BYTES) throw new Error('Resource::kQuotaBytes quota exceeded');
    for (const [k, v] of next) this.data.set(k, v);
    this.emit(Object.keys(copy));
  }

  async remove(keys: string[] | string): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.countWrite();
    const gone = (Array.isArray(keys) ? keys : [keys]).filter((k) => this.data.delete(k));
    if (gone.length) this.emit(gone);
  }

  async get(key: string): Promise<unknown> {
    if (this.failWith) throw this.failWith;
    return structuredClone(this.data.get(key));
  }

  async getMany(keys: string[]): Promise<Record<string, unknown>> {
    if (this.failWith) throw this.failWith;
    return Object.fromEntries(keys.filter((k) => this.data.has(k)).map((k) => [k, structuredClone(this.data.get(k))]));
  }

  onKeyChanged(key: string, listener: (value: unknown) => void): void {
    this.onChanged((keys) => {
      if (keys.includes(key)) listener(structuredClone(this.data.get(key)));
    });
  }

  onChanged(listener: (keys: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private countWrite(): void {
    const now = this.now();
    const inLast = (ms: number) => this.writeTimes.filter((t) => t > now - ms).length;
    if (inLast(MINUTE) >= this.limits.MAX_WRITE_OPERATIONS_PER_MINUTE)
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    if (inLast(HOUR) >= this.limits.MAX_WRITE_OPERATIONS_PER_HOUR)
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    this.writeTimes.push(now);
    // Only the last hour matters; older times would only grow the list.
    while (this.writeTimes.length && this.writeTimes[0]! <= now - HOUR) this.writeTimes.shift();
  }

  private emit(keys: string[]): void {
    // The browser delivers onChanged after the write has resolved.
    for (const l of this.listeners) queueMicrotask(() => l(keys));
  }
}
