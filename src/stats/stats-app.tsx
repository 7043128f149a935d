import { useEffect, useState } from 'preact/hooks';
import { overview, type Overview } from '../core/stats/overview';
import type { PageDeps } from '../ui/page-deps';
import { HistoryExports } from '../ui/history-exports';
import { NoticeList } from '../ui/notice-list';
import { PageHeader } from '../ui/page-header';
import { applyTheme } from '../ui/apply-theme';
import { t } from '../shared/i18n';
import { ActiveChart } from './active-chart';
import { Glance } from './glance';
import { TopStretches } from './top-stretches';
import { WeekChart } from './week-chart';

type State = { kind: 'loading' } | { kind: 'ready'; o: Overview; empty: boolean } | { kind: 'failed' };

async function load(deps: PageDeps): Promise<State> {
  const { settings } = await deps.settings.load();
  applyTheme(settings.theme);
  const history = await deps.openHistory();
  try {
    const days = await history.days('0000-01-01', '9999-12-31');
    const o = overview(days, deps.now(), settings.dailyGoalBreaks);
    return { kind: 'ready', o, empty: days.length === 0 };
  } finally {
    history.close();
  }
}

/** The stats page: numbers at a glance, the week as charts, favourites, and the exports. */
export function StatsApp({ deps }: { deps: PageDeps }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    const refresh = () => void load(deps).then(setState, () => setState({ kind: 'failed' }));
    refresh();
    // Coming back to the tab after a break shows it without a manual reload.
    const onVisible = () => { if (document.visibilityState === 'visible') refresh(); };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [deps]);

  return (
    <div class="page">
      <PageHeader title={t('statsTitle')} intro={t('statsIntro')} link={{ href: deps.optionsUrl, label: t('statsOpenSettings') }} />
      <NoticeList deps={deps} settingsNotices={[]} />
      {state.kind === 'loading' && <p class="intro" role="status">{t('statsLoading')}</p>}
      {state.kind === 'failed' && <p class="error" role="alert">{t('statsLoadFailed')}</p>}
      {state.kind === 'ready' && (
        <main>
          {state.empty && <p class="welcome-note" role="status">{t('statsEmpty')}</p>}
          <Glance o={state.o} lang={deps.lang} />
          <section class="card" aria-labelledby="week-title">
            <h2 id="week-title">{t('statsWeekTitle')}</h2>
            <WeekChart week={state.o.week} goal={state.o.goal} lang={deps.lang} />
          </section>
          <section class="card" aria-labelledby="active-title">
            <h2 id="active-title">{t('statsActiveTitle')}</h2>
            {state.o.hasActiveTime ? <ActiveChart week={state.o.week} lang={deps.lang} /> : <p class="empty">{t('statsNoActiveYet')}</p>}
          </section>
          <section class="card" aria-labelledby="top-title">
            <h2 id="top-title">{t('statsTopTitle')}</h2>
            <TopStretches list={state.o.topStretches} lang={deps.lang} />
          </section>
          <section class="card" aria-labelledby="export-title">
            <h2 id="export-title">{t('statsExportTitle')}</h2>
            <p class="intro">{t('statsExportIntro')}</p>
            <HistoryExports deps={deps} />
          </section>
        </main>
      )}
    </div>
  );
}
