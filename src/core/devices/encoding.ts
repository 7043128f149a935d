// The stored form of a device summary: short field names, days as offsets back from the newest
// day, and stretch ids written once in a list that the days point into. Sixty busy days take
// about 2 KB this way instead of 10 KB as plain objects, so one item stays far below the 8 KB a
// sync item may hold. decodeSummary checks everything, because the value comes from another
// device, possibly running another version.
import { addDays } from '../history/day';
import type { DeviceDay, DeviceSummary } from './summary';

export const ENCODING_VERSION = 1;

/** One day: [days before `e`, taken, skipped, natural, activeMin, breakSec, ...stretch index, count]. */
type Row = number[];

export interface EncodedSummary {
  v: number;
  n: string;
  u: number;
  /** The newest day, 'YYYY-MM-DD'; '' when there are no days. */
  e: string;
  /** Stretch ids the rows refer to by index. */
  s: string[];
  d: Row[];
}

export type DecodeResult = { ok: true; summary: DeviceSummary } | { ok: false; problem: 'unreadable' | 'newerVersion' };

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Whole days from `from` to `to` (both day keys), counted on the calendar, not in hours. */
function daysBetween(from: string, to: string): number {
  const utc = (d: string) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

export function encodeSummary(s: Pick<DeviceSummary, 'name' | 'updatedAt' | 'days'>): EncodedSummary {
  const end = s.days.length ? s.days[s.days.length - 1]!.day : '';
  const ids: string[] = [];
  const index = new Map<string, number>();
  const rows = s.days.map((d) => {
    const row: Row = [daysBetween(d.day, end), d.taken, d.skipped, d.natural, d.activeMin, d.breakSec];
    for (const [id, n] of Object.entries(d.stretches).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!index.has(id)) {
        index.set(id, ids.length);
        ids.push(id);
      }
      row.push(index.get(id)!, n);
    }
    return row;
  });
  return { v: ENCODING_VERSION, n: s.name, u: s.updatedAt, e: end, s: ids, d: rows };
}

function decodeRow(row: unknown, end: string, ids: readonly string[]): DeviceDay | null {
  if (!Array.isArray(row) || row.length < 6 || row.length % 2 !== 0 || !row.every(count)) return null;
  const [back, taken, skipped, natural, activeMin, breakSec] = row as number[] as [number, number, number, number, number, number];
  const stretches: Record<string, number> = {};
  for (let i = 6; i < row.length; i += 2) {
    const id = ids[row[i] as number];
    if (id === undefined) return null;
    stretches[id] = (stretches[id] ?? 0) + (row[i + 1] as number);
  }
  return { day: addDays(end, -back), taken, skipped, natural, activeMin, breakSec, stretches };
}

/** Reads another device's item; anything malformed is reported, never half-read. */
export function decodeSummary(id: string, value: unknown): DecodeResult {
  const unreadable = { ok: false, problem: 'unreadable' } as const;
  if (typeof value !== 'object' || value === null) return unreadable;
  const v = value as Partial<EncodedSummary>;
  if (typeof v.v === 'number' && v.v > ENCODING_VERSION) return { ok: false, problem: 'newerVersion' };
  if (v.v !== ENCODING_VERSION || typeof v.n !== 'string' || typeof v.u !== 'number' || !Number.isFinite(v.u)) return unreadable;
  if (typeof v.e !== 'string' || !Array.isArray(v.s) || !v.s.every((x) => typeof x === 'string') || !Array.isArray(v.d)) return unreadable;
  if (v.d.length > 0 && !DAY_RE.test(v.e)) return unreadable;
  const days: DeviceDay[] = [];
  for (const row of v.d) {
    const day = decodeRow(row, v.e, v.s);
    if (!day) return unreadable;
    days.push(day);
  }
  days.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return { ok: true, summary: { id, name: v.n, updatedAt: v.u, days } };
}
