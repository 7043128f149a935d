import { useEffect, useState } from 'preact/hooks';
import { selectDays } from '../core/devices/merge';
import { dayKey } from '../core/history/day';
import { overview } from '../core/stats/overview';
import type { PageDeps } from '../ui/page-deps';
import { HistoryExports } from '../ui/history-exports';
import { NoticeList } from '../ui/notice-list';
import { PageHeader } from '../ui/page-header';
import { applyTheme } from '../ui/apply-theme';
import { t } from '../shared/i18n';
import { ActiveChart } from './active-chart';
import { DevicePicker } from './device-picker';
import { loadDevices, type DevicesData } from './devices-data';
import { Glance } from './glance';
import { TopStretches } from './top-stretches';
import { WeekChart } from './week-chart';
import { useCustomStretches } from '../ui/use-custom-stretches';

type State = { kind: 'loading' } | { kind: 'ready'; devices: DevicesData; goal: number } | { kind: 'failed' };

async function load(deps: PageDeps): Promise<State> {
  const { settings } = await deps.settings.load();
  applyTheme(settings.theme);
  const history = await deps.openHistory();
  try {
    const days = await history.days('0000-01-01', '9999-12-31');
    return { kind: 'ready', devices: await loadDevices(deps.devices, days), goal: settings.dailyGoalBreaks };
  } finally {
    history.close();
  }
}

/** The stats page: numbers at a glance, the week as charts, favourites, and the exports. */
export function StatsApp({ deps }: { deps: PageDeps }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  // All devices together unless the person picks one.
  const [device, setDevice] = useState<'all' | string>('all');
  const [reloads, setReloads] = useState(0);
  // Names for the favourites that other devices' summaries give by id only.
  const custom = useCustomStretches(deps);
  useEffect(() => {
    const refresh = () => void load(deps).then(setState, () => setState({ kind: 'failed' }));
    refresh();
    // Coming back to the tab after a break shows it without a manual reload.
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [deps, reloads]);
  const selected = state.kind === 'ready' && state.devices.choices.some((c) => c.id === device) ? device : 'all';
  const days = state.kind === 'ready' ? selectDays(state.devices.entries, selected, dayKey(deps.now())).days : [];
  const o = state.kind === 'ready' ? overview(days, deps.now(), state.goal) : null;

  return (
    <div class="page">
      <PageHeader title={t('statsTitle')} intro={t('statsIntro')} link={{ href: deps.optionsUrl, label: t('statsOpenSettings') }} />
      <NoticeList deps={deps} settingsNotices={[]} />
      {state.kind === 'loading' && (
        <p class="intro" role="status">
          {t('statsLoading')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="error" role="alert">
          {t('statsLoadFailed')}
        </p>
      )}
      {state.kind === 'ready' && o && (
        <main>
          <DevicePicker
            devices={state.devices.choices}
            selected={selected}
            onSelect={setDevice}
            shared={state.devices.shared}
            full={state.devices.full}
            lang={deps.lang}
            now={deps.now()}
            onForget={async (id) => {
              await deps.devices.forget(id);
              setDevice('all');
              setReloads((n) => n + 1);
            }}
          />
          {days.length === 0 && (
            <p class="welcome-note" role="status">
              {t('statsEmpty')}
            </p>
          )}
          <Glance o={o} lang={deps.lang} />
          <section class="card" aria-labelledby="week-title">
            <h2 id="week-title">{t('statsWeekTitle')}</h2>
            <WeekChart week={o.week} goal={o.goal} lang={deps.lang} />
          </section>
          <section class="card" aria-labelledby="active-title">
            <h2 id="active-title">{t('statsActiveTitle')}</h2>
            {o.hasActiveTime ? <ActiveChart week={o.week} lang={deps.lang} /> : <p class="empty">{t('statsNoActiveYet')}</p>}
          </section>
          <section class="card" aria-labelledby="top-title">
            <h2 id="top-title">{t('statsTopTitle')}</h2>
            <TopStretches list={o.topStretches} lang={deps.lang} known={[...custom.organisation, ...custom.stretches]} />
          </section>
          <section class="card" aria-labelledby="export-title">
            <h2 id="export-title">{t('statsExportTitle')}</h2>
            <p class="intro">{t('statsExportIntro')}</p>
            {/* The files are this device's whatever the view: said on the buttons, and said again when the view is another. */}
            {!state.devices.choices.some((c) => c.isThis && c.id === selected) && state.devices.choices.length > 1 && (
              <p class="hint" data-export-note>
                {t('statsExportThisOnly')}
              </p>
            )}
            <HistoryExports deps={deps} labels={{ csv: t('statsExportCsv'), json: t('statsExportJson') }} />
          </section>
        </main>
      )}
    </div>
  );
}
