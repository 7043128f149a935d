import browser from './browser';
import type { Bounds } from '../core/delivery/route';

/** What the background needs of browser windows: focus, fullscreen, and the stretch window. */
export interface WindowsAdapter {
  /**
   * Fires with whether any browser window has focus now. Returns a function that removes the
   * listener: a worker with no listener left is not woken for focus changes at all.
   */
  onFocusChanged(listener: (focused: boolean) => void): () => void;
  /** Whether a browser window has focus, and whether one is fullscreen (watching a video). */
  query(): Promise<{ focused: boolean; fullscreen: boolean }>;
  /** Opens an extension page in a focused popup-type window of its own; answers its id. */
  openPopupWindow(url: string, bounds: Partial<Bounds> & { width: number; height: number }): Promise<number | null>;
  /** Brings a window to the front; false when there is no such window any more. */
  raise(windowId: number): Promise<boolean>;
  /** Where the window the person last used lies on screen; null when there is none. */
  lastFocusedBounds(): Promise<Partial<Bounds> | null>;
}

export function browserWindows(): WindowsAdapter {
  return {
    onFocusChanged(listener) {
      const wrapped = (windowId: number) => listener(windowId !== browser.windows.WINDOW_ID_NONE);
      browser.windows.onFocusChanged.addListener(wrapped);
      return () => browser.windows.onFocusChanged.removeListener(wrapped);
    },
    async query() {
      const all = await browser.windows.getAll();
      return { focused: all.some((w) => w.focused), fullscreen: all.some((w) => w.state === 'fullscreen') };
    },
    async openPopupWindow(url, bounds) {
      const created = await browser.windows.create({ url, type: 'popup', focused: true, ...bounds });
      return created.id ?? null;
    },
    async raise(windowId) {
      try {
        await browser.windows.update(windowId, { focused: true, drawAttention: true });
        return true;
      } catch {
        return false; // closed by the person: the id names no window
      }
    },
    async lastFocusedBounds() {
      try {
        const { left, top, width, height } = await browser.windows.getLastFocused();
        return { left, top, width, height };
      } catch {
        return null;
      }
    },
  };
}
