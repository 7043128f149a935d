import browser from './browser';

/** The few runtime calls the background needs besides messaging. */
export interface RuntimeAdapter {
  onStartup(listener: () => void): void;
  onInstalled(listener: (reason: string) => void): void;
  /** Absolute URL of a file in the extension. */
  getURL(path: string): string;
  /** Opens one of the extension's pages in a new tab (no `tabs` permission needed for these). */
  openTab(path: string): Promise<void>;
}

export function browserRuntime(): RuntimeAdapter {
  return {
    onStartup(listener) {
      browser.runtime.onStartup.addListener(listener);
    },
    onInstalled(listener) {
      browser.runtime.onInstalled.addListener((details) => listener(details.reason));
    },
    getURL: (path) => browser.runtime.getURL(path),
    async openTab(path) {
      await browser.tabs.create({ url: browser.runtime.getURL(path) });
    },
  };
}
