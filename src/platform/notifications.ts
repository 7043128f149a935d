import browser from './browser';
import type { NotifyPermission } from '../core/delivery/route';

export interface NotificationSpec {
  title: string;
  message: string;
  iconUrl: string;
  /** Shown where the browser supports buttons (Chrome); dropped elsewhere (Firefox). */
  buttons: string[];
  /** Stay on screen until the user acts, where supported (Chrome); dropped with the buttons. */
  requireInteraction: boolean;
}

/** System notifications. Only the ids this extension created are ever listed or cleared. */
export interface NotificationsAdapter {
  show(id: string, spec: NotificationSpec): Promise<void>;
  clear(id: string): Promise<void>;
  /** Ids of the notifications this extension shows now. */
  list(): Promise<string[]>;
  onClicked(listener: (id: string) => void): void;
  onButtonClicked(listener: (id: string, buttonIndex: number) => void): void;
  /** Whether the person let this extension show notifications; 'unknown' where the browser cannot say. */
  permissionLevel(): Promise<NotifyPermission>;
}

export function browserNotifications(): NotificationsAdapter {
  // Learned on the first refusal: Firefox rejects `buttons` and `requireInteraction`, and only
  // 'basic' notifications exist there. Trying once beats guessing the browser from its user agent.
  let richWorks = true;

  return {
    async show(id, { title, message, iconUrl, buttons, requireInteraction }) {
      const basic = { type: 'basic' as const, title, message, iconUrl };
      if (richWorks && (buttons.length || requireInteraction)) {
        try {
          const rich = { ...basic, buttons: buttons.map((b) => ({ title: b })), requireInteraction };
          await browser.notifications.create(id, rich as typeof basic);
          return;
        } catch {
          richWorks = false;
        }
      }
      await browser.notifications.create(id, basic);
    },
    async clear(id) {
      await browser.notifications.clear(id);
    },
    async list() {
      return Object.keys(await browser.notifications.getAll());
    },
    onClicked(listener) {
      browser.notifications.onClicked.addListener(listener);
    },
    onButtonClicked(listener) {
      // Firefox defines the event but never fires it; registering is harmless.
      browser.notifications.onButtonClicked?.addListener(listener);
    },
    async permissionLevel() {
      // Chrome only; Firefox has no such call (and its notifications cannot be turned off per add-on).
      const api = browser.notifications as { getPermissionLevel?: () => Promise<string> };
      if (typeof api.getPermissionLevel !== 'function') return 'unknown';
      try {
        const level = await api.getPermissionLevel();
        return level === 'granted' || level === 'denied' ? level : 'unknown';
      } catch {
        return 'unknown';
      }
    },
  };
}
