import { t } from '../shared/i18n';
import { FinishView, type FinishState } from './finish-view';
import type { Card } from './popup-state';
import type { BreakRecord } from '../core/breaks/record';
import { Session } from './session';
import { StatusBar } from './status-bar';
import { StretchHero } from './stretch-card';
import { useGuide } from './use-guide';
import { usePopup, type PopupProps } from './use-popup';

type State = ReturnType<typeof usePopup>;

/** The end of a break as the finish view shows it (saving, saved, not saved); null before the end. */
function finishOf(card: Card): { view: FinishState; record: BreakRecord } | null {
  switch (card.stage) {
    case 'saving':
      return { view: { state: 'saving', completed: card.record.completed }, record: card.record };
    case 'finished':
      return { view: { state: 'saved', completed: card.record.completed, takenToday: card.takenToday }, record: card.record };
    case 'failed':
      return { view: { state: 'error', completed: card.record.completed }, record: card.record };
    default:
      return null;
  }
}

/** The card: a stretch or routine, the end of a break, or word that every stretch is off. */
function CardView({ p, deps }: { p: State; deps: PopupProps['deps'] }) {
  const guide = useGuide(deps);
  const { card } = p;
  if (card.stage === 'empty') {
    return (
      <section class="card empty">
        <h1 class="name">{t('empty_title')}</h1>
        <p>{t('empty_body')}</p>
        <button type="button" class="btn primary" onClick={() => void deps.pages.openOptions()}>
          {t('link_settings')}
        </button>
      </section>
    );
  }
  const finish = finishOf(card);
  // The last stretch reached stays in view above the finish.
  const lastShown = finish && card.lineup.stretches[Math.max(0, finish.record.stretchIds.length - 1)];
  if (finish && lastShown) {
    return (
      <section class="card" aria-labelledby="stretch-name">
        <StretchHero stretch={lastShown} />
        <FinishView
          finish={finish.view}
          lang={deps.lang}
          onAnother={p.another}
          onRetry={() => p.record(finish.record)}
          onClose={deps.close}
        />
      </section>
    );
  }
  return (
    <Session
      mode={card.lineup.mode}
      stretches={card.lineup.stretches}
      pace={p.pace}
      now={deps.now}
      onStart={p.onStart}
      onAnother={p.another}
      onFinish={p.record}
      guide={guide}
      onProgress={p.progress}
    />
  );
}

export function App(props: PopupProps) {
  const p = usePopup(props);
  const { deps } = props;
  const routine = p.lineup?.mode === 'routine';
  return (
    <div class="popup">
      <StatusBar
        status={p.status}
        unreachable={p.unreachable}
        onBreak={p.onBreak}
        now={deps.now()}
        lang={deps.lang}
        snoozeMin={deps.settings.snoozeMin}
        onSnooze={p.snooze}
        onSkip={p.skip}
        onPause={p.pause}
        onResume={p.resume}
      />
      <main class="main">
        <CardView p={p} deps={deps} />
      </main>
      <footer class="foot">
        <button type="button" class="link" onClick={() => void deps.pages.openOptions()} data-action="settings">
          {t('link_settings')}
        </button>
        <button type="button" class="link" onClick={() => void deps.pages.openStats()} data-action="stats">
          {t('link_stats')}
        </button>
        <button
          type="button"
          class="link"
          onClick={routine ? p.single : p.routine}
          data-action={routine ? 'single' : 'routine'}
          disabled={!p.pool.length}
        >
          {t(routine ? 'link_single' : 'link_routine')}
        </button>
      </footer>
    </div>
  );
}
