import type { ActionAdapter, BadgeSpec } from '../action';

/** The toolbar button: the badge as last set, and whether opening the popup is allowed. */
export class FakeAction implements ActionAdapter {
  badge: BadgeSpec = { text: '', title: '', color: '' };
  badgeWrites = 0;
  /** false acts like a browser that refuses action.openPopup (Firefox ESR, no gesture). */
  popupAllowed = true;
  popupsOpened = 0;

  async setBadge(spec: BadgeSpec): Promise<void> {
    this.badge = { ...spec };
    this.badgeWrites += 1;
  }

  async openPopup(): Promise<boolean> {
    if (!this.popupAllowed) return false;
    this.popupsOpened += 1;
    return true;
  }
}
