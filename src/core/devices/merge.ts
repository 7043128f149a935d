// Putting several devices' days together for the stats page. Each device counts its days by its
// own local date, so a day is the sum of what every device recorded under that date: someone
// who works in Berlin in the morning and on a laptop set to New York in the evening gets one
// day with all their breaks, not two half days.
import { addDays, emptyDay, type DaySummary } from '../history/day';
import type { DeviceDay } from './summary';

/**
 * The furthest another device's date can be ahead of ours while both clocks are right: local
 * dates differ by up to two days between UTC+14 and UTC-12. A date further ahead comes from a
 * clock that is wrong.
 */
export const MAX_DAYS_AHEAD = 2;

export function toDaySummary(d: DeviceDay): DaySummary {
  return {
    ...emptyDay(d.day),
    taken: d.taken,
    skipped: d.skipped,
    natural: d.natural,
    activeMs: d.activeMin * 60_000,
    breakMs: d.breakSec * 1000,
    stretches: { ...d.stretches },
  };
}

function add(into: DaySummary, d: DaySummary): DaySummary {
  const stretches = { ...into.stretches };
  for (const [id, n] of Object.entries(d.stretches)) stretches[id] = (stretches[id] ?? 0) + n;
  const names = into.names || d.names ? { ...into.names, ...d.names } : undefined;
  return {
    day: into.day,
    due: into.due + d.due,
    taken: into.taken + d.taken,
    completed: into.completed + d.completed,
    skipped: into.skipped + d.skipped,
    snoozed: into.snoozed + d.snoozed,
    natural: into.natural + d.natural,
    breakMs: into.breakMs + d.breakMs,
    activeMs: into.activeMs + d.activeMs,
    stretches,
    ...(names ? { names } : {}),
  };
}

export interface Merged {
  /** One summary per date, oldest first, none after today. */
  days: DaySummary[];
  /** Days set aside because they lie further ahead than any time zone explains. */
  setAside: number;
}

/**
 * Sums the days of several sources (this device's history and the other devices' summaries) by
 * date. A date after today that a time zone explains is counted as today: those breaks happened,
 * and a day that has not begun here must not appear as a future bar or stretch the streak. Dates
 * further ahead come from a clock that runs wrong; they are set aside (counted, not shown), so
 * one bad clock cannot fill today with weeks of breaks.
 */
export function mergeDays(sources: readonly (readonly DaySummary[])[], today: string): Merged {
  const latest = addDays(today, MAX_DAYS_AHEAD);
  const byDay = new Map<string, DaySummary>();
  let setAside = 0;
  for (const source of sources) {
    for (const d of source) {
      if (d.day > latest) {
        setAside += 1;
        continue;
      }
      const day = d.day > today ? today : d.day;
      byDay.set(day, add(byDay.get(day) ?? emptyDay(day), { ...d, day }));
    }
  }
  const days = [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
  return { days, setAside };
}

/** One device as the stats page lists it. This device's days come from its full local history. */
export interface DeviceEntry {
  id: string;
  name: string;
  isThis: boolean;
  days: readonly DaySummary[];
}

/** 'all' merges every device; an id shows that device alone, by the same rules. */
export function selectDays(entries: readonly DeviceEntry[], selection: 'all' | string, today: string): Merged {
  const chosen = selection === 'all' ? entries : entries.filter((e) => e.id === selection);
  return mergeDays(
    chosen.map((e) => e.days),
    today,
  );
}
