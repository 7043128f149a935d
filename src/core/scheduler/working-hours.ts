// Working hours as absolute intervals. Ranges are minutes after local midnight for each weekday;
// building each day's instants with new Date(y, m, d, 0, minutes) keeps DST days right (a
// 9:00–17:00 day is 7 or 9 hours long on the switch days, as the wall clock says).
import type { Settings } from '../settings/defaults';

type Hours = Pick<Settings, 'workingHoursEnabled' | 'workingHours'>;
type Interval = [start: number, end: number];

/** Far enough to cross any week, short enough to stay cheap when no day has hours. */
const SEARCH_DAYS = 8;
const MAX_SPAN_DAYS = 400;

function dayIntervals(dayOffset: number, from: number, hours: Hours): Interval[] {
  const base = new Date(from);
  const y = base.getFullYear();
  const m = base.getMonth();
  const d = base.getDate() + dayOffset;
  const weekday = new Date(y, m, d).getDay();
  const ranges = hours.workingHours[weekday] ?? [];
  const out: Interval[] = [];
  for (const r of ranges) {
    if (!(r.endMin > r.startMin)) continue;
    out.push([new Date(y, m, d, 0, r.startMin).getTime(), new Date(y, m, d, 0, r.endMin).getTime()]);
  }
  out.sort((a, b) => a[0] - b[0]);
  return out;
}

/** Working intervals that end after `from`, within `days` local days of it, merged, in order. */
function intervalsFrom(from: number, hours: Hours, days = SEARCH_DAYS): Interval[] {
  const merged: Interval[] = [];
  for (let offset = 0; offset < days; offset++) {
    for (const iv of dayIntervals(offset, from, hours)) {
      const last = merged[merged.length - 1];
      if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
      else merged.push([iv[0], iv[1]]);
    }
  }
  return merged.filter((iv) => iv[1] > from);
}

export function isWithinHours(at: number, hours: Hours): boolean {
  if (!hours.workingHoursEnabled) return true;
  return intervalsFrom(at, hours, 1).some(([s, e]) => s <= at && at < e);
}

/** Working ms inside [from, to); all of it when working hours are off. Never negative. */
export function workingMsBetween(from: number, to: number, hours: Hours): number {
  if (to <= from) return 0;
  if (!hours.workingHoursEnabled) return to - from;
  // Callers never credit more than one break interval; looking back further than a year only
  // costs time (and a corrupt or absurd `from` must not spin for ever).
  from = Math.max(from, to - MAX_SPAN_DAYS * 86_400_000);
  const days = Math.ceil((to - from) / 86_400_000) + 1;
  let total = 0;
  for (const [s, e] of intervalsFrom(from, hours, days)) total += Math.max(0, Math.min(e, to) - Math.max(s, from));
  return total;
}

/** The next instant after `at` where working hours begin or end; null when off or never. */
export function nextHoursChange(at: number, hours: Hours): number | null {
  if (!hours.workingHoursEnabled) return null;
  for (const [s, e] of intervalsFrom(at, hours)) {
    if (s > at) return s;
    if (e > at) return e;
  }
  return null;
}

/** When `ms` working ms will have passed after `from`; null if that is beyond the search. */
export function addWorkingMs(from: number, ms: number, hours: Hours): number | null {
  if (!hours.workingHoursEnabled) return from + ms;
  let left = ms;
  for (const [s, e] of intervalsFrom(from, hours)) {
    const start = Math.max(s, from);
    if (e - start >= left) return start + left;
    left -= e - start;
  }
  return null;
}
