import type { ManagedArea } from '../managed';

/**
 * storage.managed in memory. `policy` is what an administrator set (undefined: none). As in the
 * browsers, no policy reads as {} in Chrome and as a rejection in Firefox; the adapter turns both
 * into undefined, and so does this fake's read(). `rawGet` shows the browser's own answer.
 */
export class FakeManaged implements ManagedArea {
  reads = 0;
  private listeners: (() => void)[] = [];

  constructor(
    private policy: Record<string, unknown> | undefined = undefined,
    readonly flavour: 'chrome' | 'firefox' = 'chrome',
  ) {}

  async rawGet(): Promise<Record<string, unknown>> {
    if (this.policy === undefined) {
      if (this.flavour === 'firefox') throw new Error('Managed storage manifest not found');
      return {};
    }
    return structuredClone(this.policy);
  }

  async read(): Promise<unknown> {
    this.reads += 1;
    try {
      const all = await this.rawGet();
      return Object.keys(all).length ? all : undefined;
    } catch {
      return undefined;
    }
  }

  /** An administrator changed the policy while the browser runs. */
  set(policy: Record<string, unknown> | undefined): void {
    this.policy = structuredClone(policy);
    for (const l of this.listeners) queueMicrotask(l);
  }

  onChanged(listener: () => void): void {
    this.listeners.push(listener);
  }
}
