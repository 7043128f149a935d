// How a due break reaches the person. A notification can be swallowed without a trace (the
// system's focus mode, notifications turned off for the browser); the stretch window cannot.
// Pure: the background asks the browser for the permission level and carries the route out.

/** The "When a break is due" choices, in the order the options page shows them. */
export const WHEN_DUE = ['notification', 'window', 'both'] as const;
export type WhenDue = (typeof WHEN_DUE)[number];

/** What the browser says of this extension's notifications ('unknown' where it cannot say). */
export type NotifyPermission = 'granted' | 'denied' | 'unknown';

/** Why a break that asked for a notification got the stretch window instead. */
export type NotifyFallback = 'blocked' | 'failed';

export interface ReminderRoute {
  notify: boolean;
  window: boolean;
  /** Set when the window stands in for a notification the person asked for. */
  fallback: NotifyFallback | null;
}

export function reminderRoute(whenDue: WhenDue, permission: NotifyPermission): ReminderRoute {
  const wantsNotification = whenDue !== 'window';
  if (wantsNotification && permission === 'denied') return { notify: false, window: true, fallback: 'blocked' };
  return { notify: wantsNotification, window: whenDue !== 'notification', fallback: null };
}

/** Creating the notification failed: the window is the reminder now. */
export function afterNotifyFailed(): ReminderRoute {
  return { notify: false, window: true, fallback: 'failed' };
}

/** Window size: the toolbar popup's card with room for the title bar. */
export const STRETCH_WINDOW = { width: 380, height: 600 } as const;

export interface Bounds {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where the stretch window goes: centred over the window the person last used, so it opens on
 * the screen they are looking at. Unknown bounds leave the placing to the browser.
 */
export function stretchWindowBounds(over: Partial<Bounds> | null): Bounds | typeof STRETCH_WINDOW {
  const { left, top, width, height } = over ?? {};
  if (left === undefined || top === undefined || width === undefined || height === undefined) return STRETCH_WINDOW;
  return {
    ...STRETCH_WINDOW,
    left: Math.round(left + Math.max(0, width - STRETCH_WINDOW.width) / 2),
    top: Math.round(top + Math.max(0, height - STRETCH_WINDOW.height) / 2),
  };
}
