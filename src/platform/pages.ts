import browser from './browser';

/** Opens the settings page (reuses its tab if already open). */
export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/**
 * Shows the popup: the real toolbar popup where the browser allows opening it from code
 * (Chrome 127+, Firefox 149+), otherwise the same page in a small window of its own.
 */
export async function showPopup(query = ''): Promise<void> {
  if (!query) {
    try {
      await browser.action.openPopup();
      return;
    } catch {
      // No user gesture accepted or no API: fall through to a window.
    }
  }
  await browser.windows.create({ url: browser.runtime.getURL(`popup.html${query}`), type: 'popup', width: 380, height: 600 });
}
