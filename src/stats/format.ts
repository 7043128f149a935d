/** '1 h 25 min', '40 min', '0 min' in the page language, through Intl's unit formatting. */
export function formatDuration(ms: number, lang: string): string {
  const totalMin = Math.round(Math.max(0, ms) / 60_000);
  const h = Math.floor(totalMin / 60);
  const m = totalMin % 60;
  const unit = (value: number, u: 'hour' | 'minute') =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
  if (h === 0) return unit(m, 'minute');
  return m === 0 ? unit(h, 'hour') : `${unit(h, 'hour')} ${unit(m, 'minute')}`;
}

export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(lang).format(value);
}

/** 'Mon' and 'Mon, 3 Mar' for a 'YYYY-MM-DD' day key. */
export function dayLabels(day: string, lang: string): { short: string; long: string } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d, 12);
  return {
    short: new Intl.DateTimeFormat(lang, { weekday: 'short' }).format(date),
    long: new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long' }).format(date),
  };
}
