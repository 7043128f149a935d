import type { HistoryEvent } from '../../../src/core/history/event';

/** Runs fn with the process in another time zone (Node reads TZ again on every change). */
export function inZone<T>(zone: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

let seq = 0;
export function taken(at: number, stretchIds: string[] = ['neck-tilt'], activeMs = 0): HistoryEvent {
  return { id: `t${seq++}`, at, type: 'taken', kind: 'posture', stretchIds, durationMs: 60_000, completed: true, activeMs };
}
export function skipped(at: number): HistoryEvent {
  return { id: `s${seq++}`, at, type: 'skipped', kind: 'posture' };
}
