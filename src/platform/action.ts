import browser from './browser';

export interface BadgeSpec {
  /** Empty string clears the badge. */
  text: string;
  title: string;
  /** CSS colour of the badge background. */
  color: string;
}

/** The toolbar button: its badge, its tooltip, and opening its popup from the background. */
export interface ActionAdapter {
  setBadge(spec: BadgeSpec): Promise<void>;
  /** Opens the popup; false where the browser does not allow that (no user gesture, old ESR). */
  openPopup(): Promise<boolean>;
}

export function browserAction(): ActionAdapter {
  return {
    async setBadge({ text, title, color }) {
      await Promise.all([
        browser.action.setBadgeText({ text }),
        browser.action.setBadgeBackgroundColor({ color }),
        browser.action.setTitle({ title }),
      ]);
    },
    async openPopup() {
      // Feature detection, not browser sniffing: some versions lack the call, others refuse it.
      if (typeof browser.action.openPopup !== 'function') return false;
      try {
        await browser.action.openPopup();
        return true;
      } catch {
        return false;
      }
    },
  };
}
