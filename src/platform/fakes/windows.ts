import type { Bounds } from '../../core/delivery/route';
import type { WindowsAdapter } from '../windows';

/** Browser windows reduced to focus, fullscreen and the popup windows this extension opened. */
export class FakeWindows implements WindowsAdapter {
  focused = true;
  fullscreen = false;
  /** The window the person last used; null acts like a browser with no window open. */
  lastFocused: Partial<Bounds> | null = { left: 100, top: 50, width: 1280, height: 800 };
  /** Popup windows opened, open or closed since, in order; ids count from 1. */
  readonly opened: { id: number; url: string; bounds: Partial<Bounds> }[] = [];
  readonly open = new Set<number>();
  /** Each raise() of a window still open, in order. */
  readonly raised: number[] = [];
  /** Set to make the next openPopupWindow fail, as a browser can. */
  failOpen = false;
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

  async openPopupWindow(url: string, bounds: Partial<Bounds>): Promise<number | null> {
    if (this.failOpen) throw new Error('windows.create failed');
    const id = this.opened.length + 1;
    this.opened.push({ id, url, bounds: { ...bounds } });
    this.open.add(id);
    return id;
  }

  async raise(windowId: number): Promise<boolean> {
    if (!this.open.has(windowId)) return false;
    this.raised.push(windowId);
    return true;
  }

  async lastFocusedBounds(): Promise<Partial<Bounds> | null> {
    return this.lastFocused && { ...this.lastFocused };
  }

  /** The person closes a window. */
  close(windowId: number): void {
    this.open.delete(windowId);
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    for (const l of this.listeners) l(focused);
  }
}
