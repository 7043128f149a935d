// Carries out the scheduler's effects through the adapters. Each effect is tried on its own: a
// failing badge must not stop an alarm from being set.
import type { Effect } from '../core/scheduler/effects';
import type { BackgroundAdapters } from './adapters';
import { NOTIFICATION_PREFIX, notificationId, renderBadge, renderNotification } from './render';

/** Alarms within this much of the wanted time are left alone (re-creating moves nothing). */
const ALARM_TOLERANCE_MS = 1_000;

export class EffectsRunner {
  /** What the badge shows, as far as this worker knows; saves writing the same badge again. */
  private lastBadge = '';
  /** The idle detection interval this worker set; the browser keeps it only while the worker lives. */
  private idleSec: number | null = null;

  constructor(private readonly a: BackgroundAdapters) {}

  async run(effects: Effect[], soundOn: { enabled: boolean; volumePct: number }): Promise<void> {
    for (const effect of effects) {
      try {
        await this.one(effect, soundOn);
      } catch (error) {
        this.a.warn(`could not carry out ${effect.type}`, error);
      }
    }
  }

  private async one(effect: Effect, sound: { enabled: boolean; volumePct: number }): Promise<void> {
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
        await this.a.notifications.show(notificationId(effect), renderNotification(effect, this.a.runtime.getURL('icons/icon-128.png')));
        if (sound.enabled && !effect.nudge) await this.a.sound.play('breakStart', sound.volumePct);
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
