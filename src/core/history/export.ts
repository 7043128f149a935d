// History exports. CSV for spreadsheets (one row per raw event), JSON for everything including
// the daily summaries that outlive the raw events.
import type { HistoryEvent } from './event';
import { dayKey, type DaySummary } from './day';

export const CSV_COLUMNS = [
  'id',
  'time',
  'day',
  'type',
  'kind',
  'stretches',
  'duration_s',
  'completed',
  'idle_s',
  'until',
  'active_s',
  'stretch_names',
] as const;

/**
 * RFC 4180 quoting, plus a leading apostrophe on cells a spreadsheet would run as a formula, so
 * an exported file can never carry a formula into someone's spreadsheet.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const iso = (ms: number | null | undefined) => (typeof ms === 'number' && Number.isFinite(ms) ? new Date(ms).toISOString() : '');
const seconds = (ms: number | undefined) => (typeof ms === 'number' && Number.isFinite(ms) ? String(Math.round(ms / 1000)) : '');

function row(e: HistoryEvent): string[] {
  const kind = 'kind' in e ? e.kind : '';
  const base = { stretches: '', duration: '', completed: '', idle: '', until: '', names: '' };
  if (e.type === 'taken')
    Object.assign(base, {
      stretches: e.stretchIds.join(' '),
      duration: seconds(e.durationMs),
      completed: String(e.completed),
      // Names of the person's own stretches, in the order of `stretches` ("id=name; …"), so a
      // spreadsheet still reads after a stretch is deleted.
      names: e.stretchIds
        .filter((id) => e.stretchNames?.[id] !== undefined)
        .map((id) => `${id}=${e.stretchNames![id]}`)
        .join('; '),
    });
  if (e.type === 'natural') base.idle = seconds(e.idleMs);
  if (e.type === 'snoozed' || e.type === 'paused') base.until = iso(e.untilMs);
  return [
    e.id,
    iso(e.at),
    dayKey(e.at),
    e.type,
    kind,
    base.stretches,
    base.duration,
    base.completed,
    base.idle,
    base.until,
    seconds(e.activeMs),
    base.names,
  ];
}

export function historyCsv(events: readonly HistoryEvent[]): string {
  return [CSV_COLUMNS.join(','), ...events.map((e) => row(e).map(csvCell).join(','))].join('\r\n') + '\r\n';
}

export function historyJson(events: readonly HistoryEvent[], days: readonly DaySummary[], nowMs: number): string {
  return `${JSON.stringify({ app: 'unhunch', kind: 'history', exportedAt: iso(nowMs), events, days }, null, 2)}\n`;
}
