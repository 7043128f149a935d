import browser from './browser';

/**
 * Closes the window this page is in: the stretch window when its break is done. windows.remove
 * works where window.close() may be refused (a window the page's own script did not open).
 */
export async function closeOwnWindow(): Promise<void> {
  try {
    const own = await browser.windows.getCurrent();
    if (own.id !== undefined) return void (await browser.windows.remove(own.id));
  } catch {
    // Fall through: closing the page is the next best thing.
  }
  window.close();
}
