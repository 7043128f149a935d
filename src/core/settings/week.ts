import type { TimeRange, WeekRanges } from './defaults';
import { MINUTES_PER_DAY } from './schema';

export type WeekProblem =
  | { code: 'notWeek' }
  | { code: 'tooManyRanges'; day: number; max: number }
  | { code: 'badTime'; day: number; index: number }
  | { code: 'endBeforeStart'; day: number; index: number }
  | { code: 'overlap'; day: number; index: number };

function isMinute(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

/**
 * Checks one day's ranges. Ranges may come in any order (the UI appends); they must not overlap,
 * because "9–12 and 11–14" almost always means a typo, and silently merging would hide it.
 */
export function checkDay(day: number, ranges: readonly unknown[], maxRanges: number): WeekProblem | null {
  if (ranges.length > maxRanges) return { code: 'tooManyRanges', day, max: maxRanges };
  const good: (TimeRange & { index: number })[] = [];
  for (const [index, r] of ranges.entries()) {
    if (typeof r !== 'object' || r === null || Array.isArray(r)) return { code: 'badTime', day, index };
    const keys = Object.keys(r);
    const { startMin, endMin } = r as Record<string, unknown>;
    if (keys.length !== 2 || !isMinute(startMin, 0, MINUTES_PER_DAY - 1) || !isMinute(endMin, 1, MINUTES_PER_DAY))
      return { code: 'badTime', day, index };
    if (endMin <= startMin) return { code: 'endBeforeStart', day, index };
    good.push({ startMin, endMin, index });
  }
  good.sort((a, b) => a.startMin - b.startMin);
  for (let i = 1; i < good.length; i++) {
    if (good[i]!.startMin < good[i - 1]!.endMin) return { code: 'overlap', day, index: Math.max(good[i]!.index, good[i - 1]!.index) };
  }
  return null;
}

/** A clean copy (each day sorted by start) or the first problem found. */
export function checkWeek(value: unknown, maxRanges: number): { week: WeekRanges } | { problem: WeekProblem } {
  if (!Array.isArray(value) || value.length !== 7 || !value.every(Array.isArray)) return { problem: { code: 'notWeek' } };
  for (let day = 0; day < 7; day++) {
    const problem = checkDay(day, value[day] as unknown[], maxRanges);
    if (problem) return { problem };
  }
  const week = (value as TimeRange[][]).map((ranges) =>
    ranges.map((r) => ({ startMin: r.startMin, endMin: r.endMin })).sort((a, b) => a.startMin - b.startMin),
  ) as WeekRanges;
  return { week };
}
