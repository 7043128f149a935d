import browser from './browser';

/** What the background needs of browser windows: focus, fullscreen, and a small popup window. */
export interface WindowsAdapter {
  /** Fires with whether any browser window has focus now. */
  onFocusChanged(listener: (focused: boolean) => void): void;
  /** Whether a browser window has focus, and whether one is fullscreen (watching a video). */
  query(): Promise<{ focused: boolean; fullscreen: boolean }>;
  /** Opens an extension page in a small window of its own. */
  openSmallWindow(url: string, size: { width: number; height: number }): Promise<void>;
}

export function browserWindows(): WindowsAdapter {
  return {
    onFocusChanged(listener) {
      browser.windows.onFocusChanged.addListener((windowId) => listener(windowId !== browser.windows.WINDOW_ID_NONE));
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
