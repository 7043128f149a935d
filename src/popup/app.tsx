import { t } from '../shared/i18n';
import { FinishView } from './finish-view';
import { Session } from './session';
import { StatusBar } from './status-bar';
import { StretchHero } from './stretch-card';
import { useGuide } from './use-guide';
import { usePopup, type PopupProps } from './use-popup';

type State = ReturnType<typeof usePopup>;

/** The card: a stretch or routine, the end of a break, or word that every stretch is off. */
function Card({ p, deps }: { p: State; deps: PopupProps['deps'] }) {
  const guide = useGuide(deps);
  if (!p.lineup) {
    return (
      <section class="card empty">
        <h1 class="name">{t('empty_title')}</h1>
        <p>{t('empty_body')}</p>
        <button type="button" class="btn primary" onClick={() => void deps.pages.openOptions()}>{t('link_settings')}</button>
      </section>
    );
  }
  if (p.finish && p.lastShown) {
    const record = p.finish.record;
    return (
      <section class="card" aria-labelledby="stretch-name">
        <StretchHero stretch={p.lastShown} />
        <FinishView finish={p.finish.view} lang={deps.lang} onAnother={p.another} onRetry={() => p.record(record)} onClose={deps.close} />
      </section>
    );
  }
  return <Session mode={p.lineup.mode} stretches={p.lineup.stretches} pace={p.pace} now={deps.now} onStart={p.onStart} onAnother={p.another} onFinish={p.record}
    guide={guide} onProgress={p.progress} />;
}

export function App(props: PopupProps) {
  const p = usePopup(props);
  const { deps } = props;
  const routine = p.lineup?.mode === 'routine';
  return (
    <div class="popup">
      <StatusBar status={p.status} unreachable={p.unreachable} onBreak={p.onBreak} now={deps.now()} lang={deps.lang} snoozeMin={deps.settings.snoozeMin}
        onSnooze={p.snooze} onSkip={p.skip} onPause={p.pause} onResume={p.resume} />
      <main class="main">
        <Card p={p} deps={deps} />
      </main>
      <footer class="foot">
        <button type="button" class="link" onClick={() => void deps.pages.openOptions()} data-action="settings">{t('link_settings')}</button>
        <button type="button" class="link" onClick={() => void deps.pages.openStats()} data-action="stats">{t('link_stats')}</button>
        <button type="button" class="link" onClick={routine ? p.single : p.routine} data-action={routine ? 'single' : 'routine'} disabled={!p.pool.length}>
          {t(routine ? 'link_single' : 'link_routine')}
        </button>
      </footer>
    </div>
  );
}
