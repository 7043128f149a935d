import type { ToolbarPin } from '../toolbar-pin';

/** The toolbar button's pinned state; pin() and unpin() act like the person. */
export class FakeToolbarPin implements ToolbarPin {
  private listeners: ((pinned: boolean) => void)[] = [];
  /** null acts like a browser that cannot tell. */
  constructor(public pinned: boolean | null = false) {}

  async isPinned(): Promise<boolean | null> {
    return this.pinned;
  }

  onChange(listener: (pinned: boolean) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  set(pinned: boolean): void {
    this.pinned = pinned;
    for (const l of this.listeners) l(pinned);
  }
}
