import browser from './browser';

/** Opens the extension's other pages from the popup. */
export interface PageOpener {
  openOptions(): Promise<void>;
  openStats(): Promise<void>;
}

export const browserPageOpener: PageOpener = {
  async openOptions() {
    await browser.runtime.openOptionsPage();
  },
  async openStats() {
    // tabs.create needs no permission for the extension's own pages.
    await browser.tabs.create({ url: browser.runtime.getURL('stats.html') });
  },
};
