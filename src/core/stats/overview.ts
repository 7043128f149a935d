// Everything the stats page shows, computed from daily summaries and today's date. Pure: the page
// loads the summaries and passes "now"; tests pass both.
import { addDays, dayKey, emptyDay, type DaySummary } from '../history/day';
import { streak, type Streak } from './streak';

export interface Totals {
  taken: number;
  completed: number;
  skipped: number;
  natural: number;
  snoozed: number;
  due: number;
  breakMs: number;
  activeMs: number;
}

export interface StretchCount {
  id: string;
  count: number;
  /** A person's own stretch's name as the history recorded it (the latest), when it did. */
  name?: string;
}

export interface Overview {
  today: DaySummary;
  /** The last seven days, oldest first, today last; days without events are empty, not missing. */
  week: DaySummary[];
  weekTotals: Totals;
  /** Days of the week that met the daily goal. */
  weekGoalDays: number;
  streak: Streak;
  /** All-time favourites, most done first; ties by id so the order is stable. */
  topStretches: StretchCount[];
  goal: number;
  /** True when at least one event ever carried active time; the page hides that chart otherwise. */
  hasActiveTime: boolean;
}

export function totals(days: readonly DaySummary[]): Totals {
  const out: Totals = { taken: 0, completed: 0, skipped: 0, natural: 0, snoozed: 0, due: 0, breakMs: 0, activeMs: 0 };
  for (const d of days) {
    out.taken += d.taken;
    out.completed += d.completed;
    out.skipped += d.skipped;
    out.natural += d.natural;
    out.snoozed += d.snoozed;
    out.due += d.due;
    out.breakMs += d.breakMs;
    out.activeMs += d.activeMs;
  }
  return out;
}

export function topStretches(days: readonly DaySummary[], limit = 5): StretchCount[] {
  const counts = new Map<string, number>();
  const names = new Map<string, string>();
  for (const d of days) {
    for (const [id, n] of Object.entries(d.stretches)) counts.set(id, (counts.get(id) ?? 0) + n);
    // Days come oldest first: a renamed stretch shows by its newest name.
    for (const [id, name] of Object.entries(d.names ?? {})) names.set(id, name);
  }
  return [...counts]
    .map(([id, count]) => {
      const name = names.get(id);
      return name === undefined ? { id, count } : { id, count, name };
    })
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}

export function overview(days: readonly DaySummary[], nowMs: number, goal: number): Overview {
  const today = dayKey(nowMs);
  const byDay = new Map(days.map((d) => [d.day, d]));
  const week = Array.from({ length: 7 }, (_, i) => {
    const key = addDays(today, i - 6);
    return byDay.get(key) ?? emptyDay(key);
  });
  return {
    today: week[6]!,
    week,
    weekTotals: totals(week),
    weekGoalDays: week.filter((d) => d.taken >= goal).length,
    streak: streak(days, today, goal),
    topStretches: topStretches(days),
    goal,
    hasActiveTime: days.some((d) => d.activeMs > 0),
  };
}
