// The stretch window: the popup's page in a small window of its own, which stays open while the
// person stretches (the toolbar popup closes as soon as they click elsewhere). One at a time:
// a second break, or a second click, brings the open one forward instead of opening another.
import { stretchWindowBounds } from '../core/delivery/route';
import type { ActionAdapter } from '../platform/action';
import type { WindowsAdapter } from '../platform/windows';
import type { DeliveryStore } from '../storage/delivery-store';
import { serial } from '../core/serial';

/** The page the window shows; `window` tells the popup it lives in a window it may close. */
export const STRETCH_WINDOW_PAGE = 'popup.html?window=1';

export interface StretchWindowDeps {
  windows: Pick<WindowsAdapter, 'openPopupWindow' | 'raise' | 'lastFocusedBounds'>;
  store: Pick<DeliveryStore, 'windowId' | 'setWindowId'>;
  /** The full URL of STRETCH_WINDOW_PAGE. */
  url: string;
}

export interface StretchWindow {
  /** Brings the open stretch window forward, or opens it. */
  open(): Promise<void>;
  /**
   * The person asked for the stretch (a click on the reminder, its Start button, the shortcut):
   * the stretch window if one is open, else the toolbar popup where the browser lets code open
   * it (Chrome 127+, Firefox 149+, a focused window), else a new stretch window.
   */
  show(action: Pick<ActionAdapter, 'openPopup'>): Promise<void>;
}

export function stretchWindow(d: StretchWindowDeps): StretchWindow {
  // One after another: two reminders handled at once must not open two windows.
  const inTurn = serial();
  const raiseOpen = async (): Promise<boolean> => {
    const id = await d.store.windowId();
    if (id === null) return false;
    if (await d.windows.raise(id)) return true;
    await d.store.setWindowId(null);
    return false;
  };
  const create = async (): Promise<void> => {
    const bounds = stretchWindowBounds(await d.windows.lastFocusedBounds());
    await d.store.setWindowId(await d.windows.openPopupWindow(d.url, bounds));
  };
  return {
    open: () =>
      inTurn(async () => {
        if (!(await raiseOpen())) await create();
      }),
    show: (action) =>
      inTurn(async () => {
        if ((await raiseOpen()) || (await action.openPopup())) return;
        await create();
      }),
  };
}
