// Daily aggregates: one small record per local calendar day, updated in the same transaction as
// the raw event. Raw events are pruned after the retention period (or earlier when the disk is
// full); these records are kept forever, so streaks and long-term charts survive compaction.
import type { HistoryEvent } from './event';

export interface DaySummary {
  /** Local calendar day, 'YYYY-MM-DD'; sorts like the dates it names. */
  day: string;
  due: number;
  taken: number;
  /** Taken breaks whose stretch ran to the end (the rest were partial). */
  completed: number;
  skipped: number;
  snoozed: number;
  natural: number;
  breakMs: number;
  activeMs: number;
  /** How often each stretch was done that day, by stretch id. */
  stretches: Record<string, number>;
  /**
   * The names of the person's own stretches done that day, by id, as the breaks recorded them:
   * the summaries outlive both the raw events and the stretches. Absent when there are none.
   */
  names?: Record<string, string>;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The local calendar day an instant falls on. */
export function dayKey(atMs: number): string {
  const d = new Date(atMs);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight at the start of a day key. */
export function dayStartMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

/** The day key `n` calendar days after `day` (negative goes back); safe across DST changes. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dayKey(new Date(y, m - 1, d + n, 12).getTime());
}

export function emptyDay(day: string): DaySummary {
  return { day, due: 0, taken: 0, completed: 0, skipped: 0, snoozed: 0, natural: 0, breakMs: 0, activeMs: 0, stretches: {} };
}

/** Returns a new summary with the event counted; the input is not changed. */
export function addToDay(summary: DaySummary, event: HistoryEvent): DaySummary {
  const next: DaySummary = { ...summary, stretches: { ...summary.stretches } };
  if (typeof event.activeMs === 'number' && event.activeMs > 0) next.activeMs += event.activeMs;
  switch (event.type) {
    case 'due':
      next.due += 1;
      break;
    case 'skipped':
      next.skipped += 1;
      break;
    case 'snoozed':
      next.snoozed += 1;
      break;
    case 'natural':
      next.natural += 1;
      break;
    case 'taken':
      next.taken += 1;
      if (event.completed) next.completed += 1;
      next.breakMs += Math.max(0, event.durationMs);
      for (const id of event.stretchIds) next.stretches[id] = (next.stretches[id] ?? 0) + 1;
      if (event.stretchNames) next.names = { ...summary.names, ...event.stretchNames };
      break;
    case 'paused':
    case 'resumed':
      break;
  }
  return next;
}

/** Builds summaries from raw events; used to backfill and to check the stored ones in tests. */
export function summarize(events: readonly HistoryEvent[]): Map<string, DaySummary> {
  const out = new Map<string, DaySummary>();
  for (const e of events) {
    const key = dayKey(e.at);
    out.set(key, addToDay(out.get(key) ?? emptyDay(key), e));
  }
  return out;
}
