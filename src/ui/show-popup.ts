import type { ActionAdapter } from '../platform/action';
import type { WindowsAdapter } from '../platform/windows';

const POPUP_WINDOW = { width: 380, height: 600 };

/**
 * Shows the stretch: the toolbar popup where the browser lets code open it (Chrome 127+,
 * Firefox 149+), otherwise the same page in a small window of its own.
 */
export async function showPopup(action: Pick<ActionAdapter, 'openPopup'>, windows: Pick<WindowsAdapter, 'openSmallWindow'>, popupUrl: string): Promise<void> {
  if (await action.openPopup()) return;
  await windows.openSmallWindow(popupUrl, POPUP_WINDOW);
}
