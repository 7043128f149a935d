// The breath timer's state, with time always passed in. Only time spent running counts: a pause
// banks what has elapsed and a resume starts counting again from the banked amount.
import type { BreathSegment } from './plan';

export type Clock =
  | { status: 'idle' }
  | { status: 'running'; startedAt: number; bankedMs: number }
  | { status: 'paused'; bankedMs: number };

export const idleClock: Clock = { status: 'idle' };

export function start(now: number): Clock {
  return { status: 'running', startedAt: now, bankedMs: 0 };
}

export function pause(clock: Clock, now: number): Clock {
  return clock.status === 'running' ? { status: 'paused', bankedMs: elapsedMs(clock, now) } : clock;
}

export function resume(clock: Clock, now: number): Clock {
  return clock.status === 'paused' ? { status: 'running', startedAt: now, bankedMs: clock.bankedMs } : clock;
}

/** Running time so far. A clock that went backwards adds nothing rather than a negative amount. */
export function elapsedMs(clock: Clock, now: number): number {
  switch (clock.status) {
    case 'idle':
      return 0;
    case 'paused':
      return clock.bankedMs;
    case 'running':
      return clock.bankedMs + Math.max(0, now - clock.startedAt);
  }
}

export type Position = { done: false; index: number; step: BreathSegment; stepElapsedMs: number; stepRemainingMs: number } | { done: true };

/** Where in the plan a session is after `elapsed` ms of running time. */
export function locate(plan: readonly BreathSegment[], elapsed: number): Position {
  let t = Math.max(0, elapsed);
  for (let index = 0; index < plan.length; index++) {
    const step = plan[index]!;
    if (t < step.durationMs) return { done: false, index, step, stepElapsedMs: t, stepRemainingMs: step.durationMs - t };
    t -= step.durationMs;
  }
  return { done: true };
}
