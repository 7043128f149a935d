// Carries out the scheduler's effects through the adapters. Each effect is tried on its own: a
// failing badge must not stop an alarm from being set.
import type { Effect } from '../core/scheduler/effects';
import type { Settings } from '../core/settings/defaults';
import { afterNotifyFailed, reminderRoute } from '../core/delivery/route';
import type { StretchWindow } from '../ui/stretch-window';
import type { BackgroundAdapters } from './adapters';
import { NOTIFICATION_PREFIX, notificationId, renderBadge, renderNotification } from './render';

/** The settings the effects depend on. */
export type EffectSettings = Pick<Settings, 'soundBreakStart' | 'soundVolumePct' | 'whenDue'>;

/** Alarms within this much of the wanted time are left alone (re-creating moves nothing). */
const ALARM_TOLERANCE_MS = 1_000;

export class EffectsRunner {
  /** What the badge shows, as far as this worker knows; saves writing the same badge again. */
  private lastBadge = '';
  /** The idle detection interval this worker set; the browser keeps it only while the worker lives. */
  private idleSec: number | null = null;

  constructor(
    private readonly a: BackgroundAdapters,
    private readonly window: StretchWindow,
  ) {}

  async run(effects: Effect[], settings: EffectSettings): Promise<void> {
    for (const effect of effects) {
      try {
        await this.one(effect, settings);
      } catch (error) {
        this.a.warn(`could not carry out ${effect.type}`, error);
      }
    }
  }

  private async one(effect: Effect, settings: EffectSettings): Promise<void> {
    switch (effect.type) {
      case 'alarm': {
        // Only create when missing or different: creating again on every worker start would
        // push the alarm forward for ever.
        const existing = await this.a.alarms.get(effect.name);
        const period = effect.periodMs / 60_000;
        if (existing && Math.abs(existing.scheduledTime - effect.at) <= ALARM_TOLERANCE_MS && existing.periodInMinutes === period) return;
        await this.a.alarms.create(effect.name, { when: effect.at, periodInMinutes: period });
        return;
      }
      case 'clearAlarm':
        if (await this.a.alarms.get(effect.name)) await this.a.alarms.clear(effect.name);
        return;
      case 'badge': {
        const spec = renderBadge(effect, this.a.locale());
        const key = JSON.stringify(spec);
        if (key === this.lastBadge) return;
        await this.a.action.setBadge(spec);
        this.lastBadge = key;
        return;
      }
      case 'notify': {
        await this.clearOurs();
        await this.remind(effect, settings.whenDue);
        if (settings.soundBreakStart && !effect.nudge) await this.a.sound.play('breakStart', settings.soundVolumePct);
        return;
      }
      case 'clearNotification':
        await this.clearOurs();
        return;
      case 'idleInterval':
        await this.setIdleInterval(effect.seconds);
        return;
      case 'history':
        // The engine handles these itself, in order with saving the state.
        return;
    }
  }

  /**
   * Brings the reminder the way the settings ask. A notification the browser refuses (turned
   * off for this extension, or failing) is replaced by the stretch window, and the reason is
   * noted for the options page; a later notification that works clears the note.
   */
  private async remind(effect: Extract<Effect, { type: 'notify' }>, whenDue: EffectSettings['whenDue']): Promise<void> {
    const notify = () =>
      this.a.notifications.show(notificationId(effect), renderNotification(effect, this.a.runtime.getURL('icons/icon-128.png')));
    let route = reminderRoute(whenDue, await this.a.notifications.permissionLevel());
    if (route.notify) {
      try {
        await notify();
      } catch (error) {
        this.a.warn('could not show the reminder; opening the stretch window instead', error);
        route = afterNotifyFailed();
      }
    }
    if (whenDue !== 'window') await this.a.delivery.setNote(route.fallback, this.a.now());
    if (!route.window) return;
    try {
      await this.window.open();
    } catch (error) {
      // No window either: a notification is the last way left, if it was not tried already.
      if (route.notify || route.fallback) throw error;
      this.a.warn('could not open the stretch window; showing a notification instead', error);
      await notify();
    }
  }

  /** Sets the idle API's interval when it changes, and notes it in storage.session for pages. */
  async setIdleInterval(seconds: number): Promise<void> {
    if (seconds === this.idleSec) return;
    this.a.idle.setDetectionInterval(seconds);
    this.idleSec = seconds;
    await this.a.idleIntervalNote(seconds);
  }

  private async clearOurs(): Promise<void> {
    for (const id of await this.a.notifications.list()) {
      if (id.startsWith(NOTIFICATION_PREFIX)) await this.a.notifications.clear(id);
    }
  }
}
