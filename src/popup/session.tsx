import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { planBreathing, type Pace } from '../core/breath/plan';
import { customNames, nameSaid, type AnyStretch } from '../core/stretches/any';
import type { BreakRecord } from '../core/breaks/record';
import type { StretchProgress } from '../shared/live-port';
import { t } from '../shared/i18n';
import { BreathStage } from './breath-stage';
import { Icon } from './icons';
import { RoutineDots } from './routine-dots';
import { announcement } from './step-text';
import { StepsPanel, StretchHero } from './stretch-card';
import { stretchWords } from '../ui/stretch-words';
import { useBreathTimer } from './use-breath-timer';
import { cueFor } from '../core/breath/cues';
import type { Guide } from './guide';
import { useStepCues } from './use-step-cues';
import type { BreakFormat } from '../core/breaks/kinds';

interface Props {
  mode: BreakFormat;
  stretches: readonly AnyStretch[];
  pace: Pace;
  now: () => number;
  /** The first start of this session: the break has begun. */
  onStart: () => void;
  onAnother: () => void;
  onFinish: (record: BreakRecord) => void;
  /** The optional chimes and spoken cues; absent when both are off. */
  guide?: Guide;
  /** Where the stretch stands, at every breath step and pause; null when none is under way. */
  onProgress?: (progress: StretchProgress | null) => void;
}

/** One stretch, or a routine of several, from the steps through the timed breathing to the end. */
export function Session({ mode, stretches, pace, now, onStart, onAnother, onFinish, guide, onProgress }: Props) {
  const [rawIndex, setIndex] = useState(0);
  const [bankedMs, setBankedMs] = useState(0);
  const index = Math.min(rawIndex, stretches.length - 1);
  const stretch = stretches[index]!;
  const last = index === stretches.length - 1;
  const plan = useMemo(() => planBreathing(stretch, pace), [stretch, pace]);

  /** What would be recorded now: the stretches reached, and the time of the ones done plus this one's. */
  const reached = (elapsed: number, completed: boolean): BreakRecord => {
    const done = stretches.slice(0, index + 1);
    // A person's own stretch is recorded with its name, which outlives the stretch.
    const names = customNames(done);
    return {
      stretchIds: done.map((s) => s.id),
      ...(names ? { stretchNames: names } : {}),
      durationMs: Math.round(bankedMs + elapsed),
      completed,
    };
  };
  const finish = (completed: boolean, elapsed: number) => {
    onProgress?.(null);
    onFinish(reached(elapsed, completed));
  };

  const advance = (elapsed: number, keepRunning: boolean) => {
    setBankedMs((b) => b + elapsed);
    setIndex(index + 1);
    timer.restart(keepRunning);
  };

  const timer = useBreathTimer(plan, now, (elapsed) => {
    guide?.cue(cueFor(null, nameSaid(stretch)));
    if (last) finish(true, elapsed);
    else advance(elapsed, true);
  });
  const status = timer.clock.status;
  const elapsedNow = () => timer.elapsed();
  useStepCues(timer.position, status, index, nameSaid(stretch), guide);

  // Told at every breath step (a hold's every second) and pause, so a page closed mid-stretch is
  // recorded with about the time it had done; the background counts on from a running report.
  const at = timer.position;
  const progressed =
    status === 'idle' || at.done
      ? null
      : `${index}:${at.index}:${status}:${at.step.kind === 'hold' ? Math.floor(at.stepRemainingMs / 1000) : ''}`;
  useEffect(() => {
    if (!onProgress) return;
    if (progressed === null) return onProgress(null);
    onProgress({ running: status === 'running', record: reached(timer.elapsed(), false) });
  }, [progressed]);

  // A new stretch or routine from the parent starts from the top, not running.
  useEffect(() => {
    setIndex(0);
    setBankedMs(0);
    timer.restart(false);
  }, [stretches]);

  const begin = () => {
    onStart();
    timer.start();
  };
  const primary = status === 'running' ? timer.pause : status === 'paused' ? timer.resume : begin;
  const next = () => (last ? finish(false, elapsedNow()) : advance(elapsedNow(), status === 'running'));

  const keys = useRef({ primary, status });
  keys.current = { primary, status };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      // Buttons and links handle Space and Enter themselves; elsewhere they drive the timer.
      const onControl = (e.target as Element | null)?.closest?.('button, a, input, select, textarea');
      if ((e.key === ' ' || e.key === 'Enter') && !onControl) {
        e.preventDefault();
        keys.current.primary();
      } else if (e.key === 'Escape' && keys.current.status === 'running') {
        e.preventDefault();
        keys.current.primary();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const position = timer.position;
  const primaryLabel =
    status === 'running'
      ? t('session_pause')
      : status === 'paused'
        ? t('session_resume')
        : mode === 'routine' && index === 0
          ? t('session_startRoutine')
          : t('session_start');
  const spoken =
    status === 'paused' ? t('session_pausedSpoken') : status === 'running' && !position.done ? announcement(position.step) : '';

  return (
    <section class="card" aria-labelledby="stretch-name" data-mode={mode}>
      {mode === 'routine' && <RoutineDots count={stretches.length} current={index} />}
      <StretchHero stretch={stretch} step={status === 'idle' || position.done ? undefined : position.step} paused={status === 'paused'} />
      {status === 'idle' || position.done ? (
        <StepsPanel stretch={stretch} />
      ) : (
        <BreathStage
          step={position.step}
          index={position.index}
          remainingMs={position.stepRemainingMs}
          paused={status === 'paused'}
          cue={stretchWords(stretch).hold}
        />
      )}
      <p class="sr-only" aria-live="polite">
        {spoken}
      </p>
      <div class="controls">
        <button type="button" class="btn primary" onClick={primary} data-action="primary">
          <Icon name={status === 'running' ? 'pause' : 'play'} />
          {primaryLabel}
        </button>
        {status === 'idle' && mode === 'single' && (
          <button type="button" class="btn" onClick={onAnother} data-action="another">
            <Icon name="shuffle" />
            {t('session_another')}
          </button>
        )}
        {status !== 'idle' && mode === 'single' && (
          <button type="button" class="btn" onClick={() => timer.restart(status === 'running')} data-action="restart">
            <Icon name="restart" />
            {t('session_restart')}
          </button>
        )}
        {mode === 'routine' && (
          <button type="button" class="btn" onClick={next} data-action="next">
            <Icon name="next" />
            {last ? t('session_finishRoutine') : t('session_next')}
          </button>
        )}
        {status !== 'idle' && (
          <button type="button" class="btn quiet" onClick={() => finish(false, elapsedNow())} data-action="finish">
            {t('session_finish')}
          </button>
        )}
      </div>
    </section>
  );
}
