import { MINUTES_PER_DAY } from '../core/settings/schema';

/** 'HH:MM' for an <input type="time">. The end of the day (1440) shows as 00:00. */
export function minutesToText(min: number): string {
  const m = ((min % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * Minutes after midnight from 'HH:MM' (seconds, if the browser adds them, are dropped); NaN for
 * anything else. An end time of 00:00 means midnight at the end of the day, since a time input
 * cannot say 24:00.
 */
export function textToMinutes(text: string, isEnd: boolean): number {
  const m = /^(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?$/.exec(text);
  if (!m) return Number.NaN;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return Number.NaN;
  const total = h * 60 + min;
  return isEnd && total === 0 ? MINUTES_PER_DAY : total;
}

/** Sunday is 0, as Date#getDay counts; 4 January 2026 was a Sunday. */
export function weekdayName(day: number, lang: string, width: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(lang, { weekday: width }).format(new Date(2026, 0, 4 + day));
}

/** Monday first: the working week reads top to bottom, the weekend last. */
export const DISPLAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
