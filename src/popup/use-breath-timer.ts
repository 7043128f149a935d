import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { elapsedMs, idleClock, locate, pause, resume, start, type Clock } from '../core/breath/clock';
import type { BreathSegment } from '../core/breath/plan';

/**
 * Drives a breath plan with one timeout per phase change (one per second only during a timed
 * hold, for its countdown). The circle itself is animated by CSS, so no JavaScript runs per frame.
 */
export function useBreathTimer(plan: readonly BreathSegment[], now: () => number, onDone: (elapsed: number) => void) {
  const [clock, setClock] = useState<Clock>(idleClock);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const done = useRef(onDone);
  done.current = onDone;
  const elapsed = elapsedMs(clock, now());
  const position = locate(plan, elapsed);

  useEffect(() => {
    if (clock.status !== 'running') return;
    const here = locate(plan, elapsedMs(clock, now()));
    if (here.done) {
      // Stop first so a re-render before the parent moves on cannot report twice.
      setClock(idleClock);
      done.current(
        Math.min(
          elapsedMs(clock, now()),
          plan.reduce((s, p) => s + p.durationMs, 0),
        ),
      );
      return;
    }
    const untilNextSecond = here.stepRemainingMs % 1000 || 1000;
    const wait = here.step.kind === 'hold' ? untilNextSecond : here.stepRemainingMs;
    const id = setTimeout(rerender, wait);
    return () => clearTimeout(id);
  });

  return {
    clock,
    position,
    /** Running time now, read from the clock rather than from the last render. */
    elapsed: () => elapsedMs(clock, now()),
    start: () => setClock(start(now())),
    pause: () => setClock((c) => pause(c, now())),
    resume: () => setClock((c) => resume(c, now())),
    /** Back to the first phase; keeps running if it was. */
    restart: (running: boolean) => setClock(running ? start(now()) : idleClock),
  };
}
