import type { StateStore } from '../state-store';

/**
 * storage.local and storage.session in memory. Survives rebuilding the background from it (a
 * worker restart); closeBrowser() empties the session part, as closing the browser does.
 */
export class FakeStateStore implements StateStore {
  record: unknown = undefined;
  private session = false;
  saves = 0;
  /** When set, save() rejects with it (a full or broken storage.local). */
  failWith: Error | null = null;

  async load(): Promise<{ record: unknown; browserStarted: boolean }> {
    const browserStarted = !this.session;
    this.session = true;
    return { record: structuredClone(this.record), browserStarted };
  }

  async save(record: unknown): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.record = structuredClone(record);
    this.saves += 1;
  }

  closeBrowser(): void {
    this.session = false;
  }
}
