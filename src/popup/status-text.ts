import type { StatusView } from '../core/scheduler/status-view';
import { BREAK_KINDS } from '../core/breaks/kinds';
import { t } from '../shared/i18n';

const sameDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** "14:05" today, "Tue 09:00" on another day, in the browser's language. */
export function formatUntil(until: number, now: number, lang: string): string {
  const at = new Date(until);
  const startOfTomorrow = new Date(new Date(now).getFullYear(), new Date(now).getMonth(), new Date(now).getDate() + 1).getTime();
  if (until === startOfTomorrow) return t('status_tomorrow');
  const options: Intl.DateTimeFormatOptions = sameDay(at, new Date(now))
    ? { timeStyle: 'short' }
    : { weekday: 'short', hour: 'numeric', minute: '2-digit' };
  // No-break spaces: where the status line wraps, "10:35 PM" and "Tue 09:00" stay whole.
  return new Intl.DateTimeFormat(lang, options).format(at).replace(/\s/g, '\u00a0');
}

/** The one-line summary at the top of the popup. */
export function statusText(status: StatusView, now: number, lang: string): string {
  switch (status.phase) {
    case 'counting':
    case 'idle': {
      const min = Math.max(1, Math.ceil(status.remainingMs / 60_000));
      return min === 1 ? t('status_nextInOneMin') : t('status_nextInMin', new Intl.NumberFormat(lang).format(min));
    }
    case 'due':
      return t(BREAK_KINDS[status.breakKind].text.due);
    case 'snoozed':
      return status.until === null ? t('status_snoozed') : t('status_snoozedUntil', formatUntil(status.until, now, lang));
    case 'paused':
      return status.until === null ? t('status_pausedUntilResume') : t('status_pausedUntil', formatUntil(status.until, now, lang));
    case 'outsideHours':
      return t('status_outsideHours');
  }
}
