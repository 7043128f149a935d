import browser from './browser';

export interface AlarmInfo {
  name: string;
  /** Epoch ms; after a sleep, the time it should have fired, which tells how late it is. */
  scheduledTime: number;
  periodInMinutes?: number;
}

/** chrome.alarms / browser.alarms: the only timer that survives the worker being stopped. */
export interface AlarmsAdapter {
  get(name: string): Promise<AlarmInfo | undefined>;
  /** Replaces any alarm of the same name. */
  create(name: string, info: { when: number; periodInMinutes?: number }): Promise<void>;
  clear(name: string): Promise<boolean>;
  onAlarm(listener: (alarm: AlarmInfo) => void): void;
}

export function browserAlarms(): AlarmsAdapter {
  return {
    async get(name) {
      const alarm = await browser.alarms.get(name);
      return alarm ? { name: alarm.name, scheduledTime: alarm.scheduledTime, periodInMinutes: alarm.periodInMinutes } : undefined;
    },
    async create(name, info) {
      // Chrome returns a promise since 111; Firefox returns undefined. Both are fine to await.
      await browser.alarms.create(name, info);
    },
    clear: (name) => browser.alarms.clear(name),
    onAlarm(listener) {
      browser.alarms.onAlarm.addListener((alarm) =>
        listener({ name: alarm.name, scheduledTime: alarm.scheduledTime, periodInMinutes: alarm.periodInMinutes }),
      );
    },
  };
}
