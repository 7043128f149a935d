import type { StatusView } from '../core/scheduler/status-view';
import { t } from '../shared/i18n';
import { PauseMenu } from './pause-menu';
import type { PauseChoice } from './pause-choices';
import { statusText } from './status-text';

interface Props {
  status: StatusView | null;
  /** The background did not answer: say so instead of showing stale numbers. */
  unreachable: boolean;
  /** A stretch is under way: the schedule can wait, so the bar just keeps the person company. */
  onBreak: boolean;
  now: number;
  lang: string;
  snoozeMin: number;
  onSnooze: () => void;
  onSkip: () => void;
  onPause: (choice: PauseChoice) => void;
  onResume: () => void;
}

export function StatusBar(p: Props) {
  const s = p.status;
  // No status and still reachable: the answer is on its way, and the line (its minimum height in
  // popup.css) stays blank until it comes.
  let text = p.unreachable ? t('status_unreachable') : s ? statusText(s, p.now, p.lang) : '';
  if (p.onBreak) text = t('status_onBreak');
  const phase = p.onBreak ? 'break' : (s?.phase ?? 'unknown');
  return (
    <header class="statusbar" data-phase={phase}>
      <p class="status" role="status">
        <span class="status-dot" aria-hidden="true" />
        <span class="status-text">{text}</span>
      </p>
      {s && !p.onBreak && !p.unreachable && (
        <div class="status-actions" data-focus-region="status">
          {s.phase === 'due' && s.snoozesLeft > 0 && (
            <button type="button" class="chip" onClick={p.onSnooze} data-action="snooze">
              {t('action_snooze', p.snoozeMin)}
            </button>
          )}
          {(s.phase === 'due' || s.phase === 'snoozed') && (
            <button type="button" class="chip" onClick={p.onSkip} data-action="skip">
              {t('action_skip')}
            </button>
          )}
          {s.phase === 'paused' ? (
            <button type="button" class="chip accent" onClick={p.onResume} data-action="resume">
              {t('action_resume')}
            </button>
          ) : (
            s.phase !== 'due' && <PauseMenu onChoose={p.onPause} />
          )}
        </div>
      )}
    </header>
  );
}
