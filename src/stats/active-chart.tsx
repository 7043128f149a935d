import type { DaySummary } from '../core/history/day';
import { niceAxis } from '../core/stats/scale';
import { barFrame, chartSides } from './bar-frame';
import { useChartWidth } from './chart-width';
import { t } from '../shared/i18n';
import { dayLabels, formatDuration } from './format';

const H = 200;

/** Active time per day, in hours (or minutes on light days), one bar per day. */
export function ActiveChart({ week, lang }: { week: DaySummary[]; lang: string }) {
  const { ref, width: W } = useChartWidth();
  const pad = { top: 14, bottom: 34, ...chartSides(W) };
  const minutes = week.map((d) => d.activeMs / 60_000);
  const inHours = Math.max(...minutes) >= 90;
  const values = minutes.map((m) => (inHours ? m / 60 : m));
  const { top, ticks } = niceAxis(Math.max(...values), inHours ? 1 : 10);
  const { barW, x: barX, y } = barFrame(W, H, pad, week.length, top);
  const labels = week.map((d) => dayLabels(d.day, lang));
  return (
    <figure ref={ref} class="chart" data-chart="active">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="active-chart-title">
        <title id="active-chart-title">{t('statsActiveChartTitle')}</title>
        {ticks.map((v) => (
          <g key={v} class="grid">
            <line x1={pad.left} x2={W - pad.right} y1={y(v)} y2={y(v)} />
            <text x={pad.left - 8} y={y(v)} dy="0.32em" text-anchor="end">
              {inHours ? t('statsHoursTick', v) : t('statsMinutesTick', v)}
            </text>
          </g>
        ))}
        {week.map((d, i) => {
          const x = barX(i);
          const v = values[i]!;
          return (
            <g key={d.day} class="day">
              <title>{`${labels[i]!.long}: ${formatDuration(d.activeMs, lang)}`}</title>
              {v > 0 && <rect class="bar active" x={x} width={barW} y={y(v)} height={y(0) - y(v)} rx={4} />}
              <text class={`x-label ${i === week.length - 1 ? 'today' : ''}`} x={x + barW / 2} y={H - pad.bottom + 20} text-anchor="middle">
                {i === week.length - 1 ? t('statsToday') : labels[i]!.short}
              </text>
            </g>
          );
        })}
      </svg>
      {/* The wrapper hides the table: a table never gets narrower than its content, so a
          visually hidden table would widen a narrow page. */}
      <div class="visually-hidden">
        <table>
          <caption>{t('statsActiveChartTitle')}</caption>
          <tbody>
            {week.map((d, i) => (
              <tr key={d.day}>
                <th scope="row">{labels[i]!.long}</th>
                <td>{formatDuration(d.activeMs, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
