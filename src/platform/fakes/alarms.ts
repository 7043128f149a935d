import type { AlarmInfo, AlarmsAdapter } from '../alarms';

/**
 * Alarms kept in memory that behave like the browser's: create replaces by name, a repeating
 * alarm moves on by its period after firing, a one-shot one is gone. Nothing fires by itself:
 * tests call fireDue(now) (an awake machine), trigger(name) (one alarm), or lose(name) (an
 * event that landed while the worker was stopping).
 */
export class FakeAlarms implements AlarmsAdapter {
  readonly alarms = new Map<string, AlarmInfo>();
  private listeners: ((alarm: AlarmInfo) => void)[] = [];
  creates = 0;

  async get(name: string): Promise<AlarmInfo | undefined> {
    const alarm = this.alarms.get(name);
    return alarm ? { ...alarm } : undefined;
  }

  async create(name: string, info: { when: number; periodInMinutes?: number }): Promise<void> {
    this.creates += 1;
    const alarm: AlarmInfo = { name, scheduledTime: info.when };
    if (info.periodInMinutes !== undefined) alarm.periodInMinutes = info.periodInMinutes;
    this.alarms.set(name, alarm);
  }

  async clear(name: string): Promise<boolean> {
    return this.alarms.delete(name);
  }

  onAlarm(listener: (alarm: AlarmInfo) => void): void {
    this.listeners.push(listener);
  }

  /** Fires one alarm at `now`, as the browser does: the event carries the time it was due. */
  trigger(name: string, now?: number): void {
    const fired = this.fire(name, now);
    for (const l of this.listeners) l(fired);
  }

  /** The alarm fires but its event never reaches a listener (the worker was stopping). */
  lose(name: string, now?: number): void {
    this.fire(name, now);
  }

  /** The earliest alarm due at `now`, if any. */
  nextDue(now: number): AlarmInfo | undefined {
    return [...this.alarms.values()].filter((a) => a.scheduledTime <= now).sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
  }

  private fire(name: string, now?: number): AlarmInfo {
    const alarm = this.alarms.get(name);
    if (!alarm) throw new Error(`no alarm named ${name}`);
    const at = Math.max(now ?? alarm.scheduledTime, alarm.scheduledTime);
    if (alarm.periodInMinutes) {
      // Repeating alarms are rescheduled from when they actually fired (after a sleep: the wake).
      this.alarms.set(name, { ...alarm, scheduledTime: at + alarm.periodInMinutes * 60_000 });
    } else {
      this.alarms.delete(name);
    }
    return { ...alarm };
  }
}
