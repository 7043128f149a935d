import type { DaySummary } from '../core/history/day';
import { niceAxis } from '../core/stats/scale';
import { barFrame } from './bar-frame';
import { t } from '../shared/i18n';
import { dayLabels, formatDuration } from './format';

const W = 640;
const H = 200;
// The same right margin as the week chart, so the two charts' days line up.
const PAD = { top: 14, right: 64, bottom: 34, left: 44 };

/** Active time per day, in hours (or minutes on light days), one bar per day. */
export function ActiveChart({ week, lang }: { week: DaySummary[]; lang: string }) {
  const minutes = week.map((d) => d.activeMs / 60_000);
  const inHours = Math.max(...minutes) >= 90;
  const values = minutes.map((m) => (inHours ? m / 60 : m));
  const { top, ticks } = niceAxis(Math.max(...values), inHours ? 1 : 10);
  const { barW, x: barX, y } = barFrame(W, H, PAD, week.length, top);
  const labels = week.map((d) => dayLabels(d.day, lang));
  return (
    <figure class="chart" data-chart="active">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="active-chart-title">
        <title id="active-chart-title">{t('statsActiveChartTitle')}</title>
        {ticks.map((v) => (
          <g key={v} class="grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 8} y={y(v)} dy="0.32em" text-anchor="end">{inHours ? t('statsHoursTick', v) : t('statsMinutesTick', v)}</text>
          </g>
        ))}
        {week.map((d, i) => {
          const x = barX(i);
          const v = values[i]!;
          return (
            <g key={d.day} class="day">
              <title>{`${labels[i]!.long}: ${formatDuration(d.activeMs, lang)}`}</title>
              {v > 0 && <rect class="bar active" x={x} width={barW} y={y(v)} height={y(0) - y(v)} rx={4} />}
              <text class={`x-label ${i === week.length - 1 ? 'today' : ''}`} x={x + barW / 2} y={H - PAD.bottom + 20} text-anchor="middle">
                {i === week.length - 1 ? t('statsToday') : labels[i]!.short}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="visually-hidden">
        <caption>{t('statsActiveChartTitle')}</caption>
        <tbody>{week.map((d, i) => <tr key={d.day}><th scope="row">{labels[i]!.long}</th><td>{formatDuration(d.activeMs, lang)}</td></tr>)}</tbody>
      </table>
    </figure>
  );
}
