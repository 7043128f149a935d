import type { NotifyPermission } from '../../core/delivery/route';
import type { NotificationsAdapter, NotificationSpec } from '../notifications';

/**
 * Notifications in memory. With `buttons` false it drops buttons and requireInteraction as
 * Firefox's notifications do
 * (the real adapter finds that out by trying); click() and clickButton() act like the user.
 */
export class FakeNotifications implements NotificationsAdapter {
  readonly shown = new Map<string, NotificationSpec>();
  /** Every notification ever shown, in order, for counting reminders. */
  readonly log: { id: string; spec: NotificationSpec }[] = [];
  buttons = true;
  /** What getPermissionLevel answers; 'denied' is notifications turned off for the extension. */
  permission: NotifyPermission = 'granted';
  /** Set to make show() fail, as notifications.create can. */
  failShow = false;
  private clicked: ((id: string) => void)[] = [];
  private buttonClicked: ((id: string, index: number) => void)[] = [];

  async show(id: string, spec: NotificationSpec): Promise<void> {
    if (this.failShow) throw new Error('notifications.create failed');
    const stored = this.buttons ? { ...spec, buttons: [...spec.buttons] } : { ...spec, buttons: [], requireInteraction: false };
    this.shown.set(id, stored);
    this.log.push({ id, spec: stored });
  }

  async clear(id: string): Promise<void> {
    this.shown.delete(id);
  }

  async list(): Promise<string[]> {
    return [...this.shown.keys()];
  }

  async permissionLevel(): Promise<NotifyPermission> {
    return this.permission;
  }

  onClicked(listener: (id: string) => void): void {
    this.clicked.push(listener);
  }

  onButtonClicked(listener: (id: string, index: number) => void): void {
    this.buttonClicked.push(listener);
  }

  click(id: string): void {
    if (!this.shown.has(id)) throw new Error(`notification ${id} is not shown`);
    for (const l of this.clicked) l(id);
  }

  clickButton(id: string, index: number): void {
    const spec = this.shown.get(id);
    if (!spec || index >= spec.buttons.length) throw new Error(`notification ${id} has no button ${index}`);
    for (const l of this.buttonClicked) l(id, index);
  }
}
