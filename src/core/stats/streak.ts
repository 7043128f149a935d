import { addDays, type DaySummary } from '../history/day';

export interface Streak {
  /** Days in a row meeting the goal, up to today (today counts once it is met). */
  current: number;
  best: number;
}

/**
 * A day meets the goal when it has at least `goal` taken breaks. Today is still in progress, so a
 * streak that reaches yesterday is current even before today's goal is met: nobody should see
 * their streak drop to zero at breakfast.
 */
export function streak(days: readonly DaySummary[], today: string, goal: number): Streak {
  const met = new Set(days.filter((d) => d.taken >= goal && d.day <= today).map((d) => d.day));
  let current = 0;
  let day = met.has(today) ? today : addDays(today, -1);
  while (met.has(day)) {
    current += 1;
    day = addDays(day, -1);
  }
  let best = 0;
  let run = 0;
  let previous = '';
  for (const d of [...met].sort()) {
    run = previous !== '' && addDays(previous, 1) === d ? run + 1 : 1;
    best = Math.max(best, run);
    previous = d;
  }
  return { current, best };
}
