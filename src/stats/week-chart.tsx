import type { DaySummary } from '../core/history/day';
import { niceAxis } from '../core/stats/scale';
import { barFrame, chartSides, NARROW_CHART_W } from './bar-frame';
import { useChartWidth } from './chart-width';
import { t } from '../shared/i18n';
import { dayLabels } from './format';

// Drawing units: the width follows the card (see chart-width.ts); the height is fixed.
const H = 250;
const SERIES = ['taken', 'natural', 'skipped'] as const;

/**
 * The last seven days as stacked bars (taken, natural, skipped) with the daily goal as a dashed
 * line. Built from preact elements, never from markup strings. A hidden table carries the same
 * numbers for screen readers.
 */
export function WeekChart({ week, goal, lang }: { week: DaySummary[]; goal: number; lang: string }) {
  const { ref, width: W } = useChartWidth();
  const pad = { top: 16, bottom: 34, ...chartSides(W) };
  const goalInLegend = W < NARROW_CHART_W;
  const max = Math.max(goal, ...week.map((d) => d.taken + d.natural + d.skipped));
  const { top, ticks } = niceAxis(max);
  const { barW, x: barX, y } = barFrame(W, H, pad, week.length, top);
  const labels = week.map((d) => dayLabels(d.day, lang));
  return (
    <figure ref={ref} class="chart" data-chart="week">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="week-chart-title" preserveAspectRatio="xMidYMid meet">
        <title id="week-chart-title">{t('statsWeekChartTitle')}</title>
        {ticks.map((v) => (
          <g key={v} class="grid">
            <line x1={pad.left} x2={W - pad.right} y1={y(v)} y2={y(v)} />
            <text x={pad.left - 8} y={y(v)} dy="0.32em" text-anchor="end">
              {v}
            </text>
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
                const rect = (
                  <rect
                    key={s}
                    class={`bar ${s}`}
                    data-series={s}
                    x={x}
                    width={barW}
                    y={y(base + v)}
                    height={Math.max(0, y(base) - y(base + v) - 1)}
                    rx={4}
                  />
                );
                base += v;
                return rect;
              })}
              <text class={`x-label ${i === week.length - 1 ? 'today' : ''}`} x={x + barW / 2} y={H - pad.bottom + 20} text-anchor="middle">
                {i === week.length - 1 ? t('statsToday') : labels[i]!.short}
              </text>
            </g>
          );
        })}
        <g class="goal">
          <line x1={pad.left} x2={W - pad.right} y1={y(goal)} y2={y(goal)} />
          {!goalInLegend && (
            <text x={W - pad.right + 8} y={y(goal)} dy="0.32em">
              {t('statsGoalLine', goal)}
            </text>
          )}
        </g>
      </svg>
      <figcaption class="legend">
        {SERIES.map((s) => (
          <span key={s} class="key">
            <span class={`swatch ${s}`} aria-hidden="true" />
            {t(`statsSeries_${s}`)}
          </span>
        ))}
        {goalInLegend && (
          <span class="key">
            <span class="swatch goal" aria-hidden="true" />
            {t('statsGoalLine', goal)}
          </span>
        )}
      </figcaption>
      {/* The wrapper hides the table: a table never gets narrower than its content, so a
          visually hidden table would widen a narrow page. */}
      <div class="visually-hidden">
        <table>
          <caption>{t('statsWeekChartTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statsDay')}</th>
              {SERIES.map((s) => (
                <th key={s} scope="col">
                  {t(`statsSeries_${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {week.map((d, i) => (
              <tr key={d.day}>
                <th scope="row">{labels[i]!.long}</th>
                {SERIES.map((s) => (
                  <td key={s}>{d[s]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
