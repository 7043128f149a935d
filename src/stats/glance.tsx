import type { Overview } from '../core/stats/overview';
import { t, tn } from '../shared/i18n';
import { formatDuration, formatNumber } from './format';

// Under a minute rounds to "0 min": a fresh install's first break would read "out of 0 min
// active", so the tile says nothing about active time until there is a minute to show.
const MIN_ACTIVE_SHOWN_MS = 60_000;

/** Four cards: today against the goal, the last seven days, the streak, and time spent. */
export function Glance({ o, lang }: { o: Overview; lang: string }) {
  const pct = Math.min(100, Math.round((o.today.taken / o.goal) * 100));
  const n = (v: number) => formatNumber(v, lang);
  return (
    <div class="glance">
      <section class="tile" aria-labelledby="tile-today">
        <h2 id="tile-today">{t('statsToday')}</h2>
        <p class="big">
          <strong>{n(o.today.taken)}</strong> <span class="of">{t('statsOfGoal', n(o.goal))}</span>
        </p>
        <div
          class="meter"
          role="progressbar"
          aria-labelledby="tile-today"
          aria-valuemin={0}
          aria-valuemax={o.goal}
          aria-valuenow={Math.min(o.today.taken, o.goal)}
        >
          <span style={{ width: `${pct}%` }} />
        </div>
        <p class="sub">{t('statsTodaySub', n(o.today.natural), n(o.today.skipped))}</p>
      </section>
      <section class="tile" aria-labelledby="tile-week">
        <h2 id="tile-week">{t('statsLast7')}</h2>
        <p class="big">
          <strong>{n(o.weekTotals.taken)}</strong> <span class="of">{tn('statsBreaksTaken', o.weekTotals.taken)}</span>
        </p>
        <p class="sub">{t('statsGoalDays', n(o.weekGoalDays))}</p>
      </section>
      <section class="tile" aria-labelledby="tile-streak">
        <h2 id="tile-streak">{t('statsStreak')}</h2>
        <p class="big">
          <strong>{n(o.streak.current)}</strong> <span class="of">{tn('statsDays', o.streak.current)}</span>
        </p>
        <p class="sub">{t('statsBest', n(o.streak.best))}</p>
      </section>
      <section class="tile" aria-labelledby="tile-time">
        <h2 id="tile-time">{t('statsStretchTime')}</h2>
        <p class="big">
          <strong>{formatDuration(o.weekTotals.breakMs, lang)}</strong>
        </p>
        <p class="sub">
          {o.weekTotals.activeMs >= MIN_ACTIVE_SHOWN_MS
            ? t('statsActiveWeek', formatDuration(o.weekTotals.activeMs, lang))
            : t('statsLast7Lower')}
        </p>
      </section>
    </div>
  );
}
