import type { WindowsAdapter } from '../windows';

/** Browser windows reduced to focus and fullscreen; small windows opened are remembered. */
export class FakeWindows implements WindowsAdapter {
  focused = true;
  fullscreen = false;
  readonly opened: { url: string; width: number; height: number }[] = [];
  private listeners: ((focused: boolean) => void)[] = [];

  onFocusChanged(listener: (focused: boolean) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /** How many focus listeners are registered (the browser wakes a worker only for those). */
  get focusListeners(): number {
    return this.listeners.length;
  }

  async query(): Promise<{ focused: boolean; fullscreen: boolean }> {
    return { focused: this.focused, fullscreen: this.fullscreen };
  }

  async openSmallWindow(url: string, size: { width: number; height: number }): Promise<void> {
    this.opened.push({ url, ...size });
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    for (const l of this.listeners) l(focused);
  }
}
