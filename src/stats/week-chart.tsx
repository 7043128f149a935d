import type { DaySummary } from '../core/history/day';
import { niceAxis } from '../core/stats/scale';
import { barFrame } from './bar-frame';
import { t } from '../shared/i18n';
import { dayLabels } from './format';

// Drawing units; the SVG scales to the width of its card through its viewBox.
const W = 640;
const H = 250;
const PAD = { top: 16, right: 64, bottom: 34, left: 36 };
const SERIES = ['taken', 'natural', 'skipped'] as const;

/**
 * The last seven days as stacked bars (taken, natural, skipped) with the daily goal as a dashed
 * line. Built from preact elements, never from markup strings. A hidden table carries the same
 * numbers for screen readers.
 */
export function WeekChart({ week, goal, lang }: { week: DaySummary[]; goal: number; lang: string }) {
  const max = Math.max(goal, ...week.map((d) => d.taken + d.natural + d.skipped));
  const { top, ticks } = niceAxis(max);
  const { barW, x: barX, y } = barFrame(W, H, PAD, week.length, top);
  const labels = week.map((d) => dayLabels(d.day, lang));
  return (
    <figure class="chart" data-chart="week">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="week-chart-title" preserveAspectRatio="xMidYMid meet">
        <title id="week-chart-title">{t('statsWeekChartTitle')}</title>
        {ticks.map((v) => (
          <g key={v} class="grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 8} y={y(v)} dy="0.32em" text-anchor="end">{v}</text>
          </g>
        ))}
        {week.map((d, i) => {
          const x = barX(i);
          let base = 0;
          return (
            <g key={d.day} class="day" data-day={d.day}>
              <title>{t('statsBarTitle', labels[i]!.long, d.taken, d.natural, d.skipped)}</title>
              {SERIES.map((s) => {
                const v = d[s];
                if (v === 0) return null;
                const rect = <rect key={s} class={`bar ${s}`} data-series={s} x={x} width={barW} y={y(base + v)} height={Math.max(0, y(base) - y(base + v) - 1)} rx={4} />;
                base += v;
                return rect;
              })}
              <text class={`x-label ${i === week.length - 1 ? 'today' : ''}`} x={x + barW / 2} y={H - PAD.bottom + 20} text-anchor="middle">
                {i === week.length - 1 ? t('statsToday') : labels[i]!.short}
              </text>
            </g>
          );
        })}
        <g class="goal">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(goal)} y2={y(goal)} />
          <text x={W - PAD.right + 8} y={y(goal)} dy="0.32em">{t('statsGoalLine', goal)}</text>
        </g>
      </svg>
      <figcaption class="legend">
        {SERIES.map((s) => <span key={s} class="key"><span class={`swatch ${s}`} aria-hidden="true" />{t(`statsSeries_${s}`)}</span>)}
      </figcaption>
      <table class="visually-hidden">
        <caption>{t('statsWeekChartTitle')}</caption>
        <thead><tr><th scope="col">{t('statsDay')}</th>{SERIES.map((s) => <th key={s} scope="col">{t(`statsSeries_${s}`)}</th>)}</tr></thead>
        <tbody>
          {week.map((d, i) => (
            <tr key={d.day}><th scope="row">{labels[i]!.long}</th>{SERIES.map((s) => <td key={s}>{d[s]}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
