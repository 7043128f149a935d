// Shares this device's days with the person's other devices: after history is written, the
// last WINDOW_DAYS days are read back from the history (which already counted each event once,
// however often a stopped worker retried it) and handed to the device store, which writes only
// what changed and no more often than it should. When the store holds a change back, an alarm
// brings the worker back to write it, so the last break of the evening does not wait until
// tomorrow's first.
import { deviceDays, WINDOW_DAYS } from '../core/devices/summary';
import { addDays, dayKey, type DaySummary } from '../core/history/day';
import type { AlarmsAdapter } from '../platform/alarms';
import type { DeviceWriter } from '../storage/devices/device-writer';

export const DEVICE_ALARM = 'device-summary';

export interface DevicePublisherDeps {
  devices: DeviceWriter;
  /** The history's daily summaries from `fromDay` on ('YYYY-MM-DD'). */
  readDays(fromDay: string): Promise<DaySummary[]>;
  alarms: AlarmsAdapter;
  now(): number;
  warn(message: string, error?: unknown): void;
}

export class DevicePublisher {
  constructor(private readonly d: DevicePublisherDeps) {}

  /** Never rejects: sharing stats must never get in the way of reminders. */
  async publish(opts: { force?: boolean } = {}): Promise<void> {
    try {
      const today = dayKey(this.d.now());
      const history = await this.d.readDays(addDays(today, 1 - WINDOW_DAYS));
      const result = await this.d.devices.publish(deviceDays(history, today), opts);
      if (result.kind === 'throttled') await this.d.alarms.create(DEVICE_ALARM, { when: result.retryAt });
    } catch (error) {
      this.d.warn('could not share this device’s summary', error);
    }
  }
}
