// What one device tells the others about its days, through storage.sync. Raw events stay in this
// device's IndexedDB; the summary carries only what the stats page shows, for a bounded window,
// so that many devices fit in the few kilobytes the browser's sync offers.
import { addDays, type DaySummary } from '../history/day';

/** How many local days a device shares, counting today. */
export const WINDOW_DAYS = 60;

export interface DeviceDay {
  /** The device's own local calendar day, 'YYYY-MM-DD'. */
  day: string;
  taken: number;
  skipped: number;
  natural: number;
  /** Whole minutes: enough for a chart, and shorter to store than milliseconds. */
  activeMin: number;
  /** Time spent stretching, in whole seconds. */
  breakSec: number;
  /** How often each stretch was done that day, by stretch id. */
  stretches: Record<string, number>;
}

export interface DeviceSummary {
  id: string;
  /** The name the person gave this device; '' until they give one. */
  name: string;
  /** When the device last wrote its summary, by its own clock (which may be wrong). */
  updatedAt: number;
  /** Oldest first; days with nothing in them are left out. */
  days: DeviceDay[];
}

function isEmpty(d: DeviceDay): boolean {
  return (
    d.taken === 0 && d.skipped === 0 && d.natural === 0 && d.activeMin === 0 && d.breakSec === 0 && Object.keys(d.stretches).length === 0
  );
}

export function fromDaySummary(d: DaySummary): DeviceDay {
  return {
    day: d.day,
    taken: d.taken,
    skipped: d.skipped,
    natural: d.natural,
    activeMin: Math.round(Math.max(0, d.activeMs) / 60_000),
    breakSec: Math.round(Math.max(0, d.breakMs) / 1000),
    stretches: { ...d.stretches },
  };
}

/**
 * This device's shared days, built from its history's daily summaries: the last WINDOW_DAYS
 * local days up to `today`. Days after today are kept (the history holds them because this
 * device's clock ran ahead once); readers decide what to do with them (see merge.ts).
 */
export function deviceDays(history: readonly DaySummary[], today: string, windowDays = WINDOW_DAYS): DeviceDay[] {
  const first = addDays(today, 1 - windowDays);
  return history
    .filter((d) => d.day >= first)
    .map(fromDaySummary)
    .filter((d) => !isEmpty(d))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
