import type { StorageArea } from '../storage-area';

/**
 * An in-memory storage area that behaves like the browser's: values are deep copies (a caller
 * mutating what it read changes nothing stored), listeners fire after a write, and an optional
 * byte quota makes set() reject without writing, as storage.sync does when over quota.
 */
export class FakeStorageArea implements StorageArea {
  readonly data = new Map<string, unknown>();
  private listeners: { key: string; fn: (value: unknown) => void }[] = [];
  /** When set, a write that would make the JSON size of all items exceed it rejects. */
  quotaBytes: number | null = null;
  /** When set, every call rejects with it (an area that is there but broken). */
  failWith: Error | null = null;
  writes = 0;

  async get(key: string): Promise<unknown> {
    if (this.failWith) throw this.failWith;
    return structuredClone(this.data.get(key));
  }

  async getMany(keys: string[]): Promise<Record<string, unknown>> {
    if (this.failWith) throw this.failWith;
    return Object.fromEntries(keys.filter((k) => this.data.has(k)).map((k) => [k, structuredClone(this.data.get(k))]));
  }

  async set(key: string, value: unknown): Promise<void> {
    if (this.failWith) throw this.failWith;
    const copy = structuredClone(value);
    if (this.quotaBytes !== null) {
      const next = new Map(this.data).set(key, copy);
      let size = 0;
      for (const [k, v] of next) size += k.length + JSON.stringify(v).length;
      if (size > this.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
    }
    this.data.set(key, copy);
    this.writes += 1;
    this.emit(key, copy);
  }

  async remove(key: string): Promise<void> {
    if (this.failWith) throw this.failWith;
    if (!this.data.delete(key)) return;
    this.emit(key, undefined);
  }

  onKeyChanged(key: string, listener: (value: unknown) => void): void {
    this.listeners.push({ key, fn: listener });
  }

  private emit(key: string, value: unknown): void {
    // The browser delivers onChanged asynchronously, after the write has resolved.
    for (const l of this.listeners) if (l.key === key) queueMicrotask(() => l.fn(structuredClone(value)));
  }
}
