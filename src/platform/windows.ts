import browser from './browser';

/** What the background needs of browser windows: focus, fullscreen, and a small popup window. */
export interface WindowsAdapter {
  /**
   * Fires with whether any browser window has focus now. Returns a function that removes the
   * listener: a worker with no listener left is not woken for focus changes at all.
   */
  onFocusChanged(listener: (focused: boolean) => void): () => void;
  /** Whether a browser window has focus, and whether one is fullscreen (watching a video). */
  query(): Promise<{ focused: boolean; fullscreen: boolean }>;
  /** Opens an extension page in a small window of its own. */
  openSmallWindow(url: string, size: { width: number; height: number }): Promise<void>;
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
    async openSmallWindow(url, size) {
      await browser.windows.create({ url, type: 'popup', width: size.width, height: size.height });
    },
  };
}
