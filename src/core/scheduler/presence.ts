// Is the user here? The idle API says whether anyone touched the machine; audio or a fullscreen
// window means they are watching (screen time all the same); the focus option narrows counting to
// time with a browser window in front. Idle and locked stop the count where the last input was.
import type { Settings } from '../settings/defaults';
import type { StepContext } from './context';
import { restartCycle, takeActiveMs } from './cycle';
import type { Observation } from './events';
import { countingFrom, type Inputs, type SchedulerState } from './state';
import { accrue, uncredit } from './accrue';

export function mediaCounts(inputs: Inputs, settings: Pick<Settings, 'mediaAware'>): boolean {
  return settings.mediaAware && inputs.media;
}

/** Away from the machine: no input and nothing playing. Focus elsewhere is not away. */
export function isAway(inputs: Inputs, settings: Pick<Settings, 'mediaAware'>): boolean {
  return inputs.presence !== 'active' && !mediaCounts(inputs, settings);
}

/** Whether active time counts right now, as far as the user is concerned. */
export function isPresent(inputs: Inputs, settings: Pick<Settings, 'mediaAware' | 'countOnlyWhenFocused'>): boolean {
  if (isAway(inputs, settings)) return false;
  return !settings.countOnlyWhenFocused || inputs.focused;
}

/**
 * A stretch of time that must not count, found by this step (clock.ts): `from` is where it
 * began; `awayFrom` where the user's absence surely began, for the natural break (later than
 * `from` after a browser start, whose closure began at some unknown point after the last mark).
 */
export interface Gap {
  from: number;
  awayFrom: number;
}

/**
 * Applies what the browser reports. When input stopped, the count stops where the last input was
 * (now − detection interval), not when the idle API noticed, and never before what was already
 * credited. None of a `gap` counts.
 */
export function applyObservation(ctx: StepContext, state: SchedulerState, obs: Observation, gap: Gap | null): void {
  const { now, settings } = ctx;
  const gapFrom = gap?.from ?? null;
  const before = state.inputs;
  const after: Inputs = {
    presence: obs.presence ?? before.presence,
    focused: obs.focused ?? before.focused,
    media: obs.media ?? before.media,
  };
  const inputStopped = before.presence === 'active' && after.presence !== 'active';
  const lastInput = Math.max(now - settings.idleDetectionSec * 1000, gapFrom ?? -Infinity);

  if (gap !== null) {
    if (state.phase.tag === 'counting') state.phase = countingFrom(now);
    state.awaySince ??= gap.awayFrom;
  } else if (state.phase.tag === 'counting') {
    accrue(ctx, state, now);
    // A heartbeat may already have counted the last minute; the idle API now says it was idle.
    if (inputStopped && !isPresent(after, settings)) uncredit(state, lastInput, settings);
  }

  if (isAway(after, settings)) {
    state.awaySince ??= inputStopped ? Math.min(now, lastInput) : now;
  } else if (state.awaySince !== null) {
    cameBack(ctx, state);
  }
  state.inputs = after;
  settlePresence(state, now, settings);
}

/** Back after being away: a long enough absence was a break taken naturally. */
function cameBack(ctx: StepContext, state: SchedulerState): void {
  const { now, settings, effects } = ctx;
  const awaySince = state.awaySince!;
  state.awaySince = null;
  const tag = state.phase.tag;
  if (tag === 'paused' || tag === 'outsideHours') return;
  const awayMs = now - awaySince;
  if (awayMs < settings.naturalBreakMin * 60_000) return;
  effects.history({ type: 'natural', id: `natural:${awaySince}`, at: now, idleMs: awayMs, activeMs: takeActiveMs(state) });
  if (tag === 'due' || tag === 'snoozed') effects.push({ type: 'clearNotification' });
  restartCycle(state, now, false);
  state.phase = countingFrom(now);
}

/** Counting and idle follow presence; the other phases stop the count for reasons of their own. */
export function settlePresence(state: SchedulerState, now: number, settings: Settings): void {
  const present = isPresent(state.inputs, settings);
  if (state.phase.tag === 'counting' && !present) state.phase = { tag: 'idle', since: Math.min(now, state.phase.since) };
  else if (state.phase.tag === 'idle' && present) state.phase = countingFrom(now);
}
