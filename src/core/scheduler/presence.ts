// Is the user here? The idle API says whether anyone touched the machine; audio or a fullscreen
// window means they are watching (screen time all the same); the focus option narrows counting to
// time with a browser window in front. Idle and locked stop the count where the last input was.
import type { Settings } from '../settings/defaults';
import { restartCycle, takeActiveMs } from './cycle';
import type { EffectList } from './effects';
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
 * Applies what the browser reports. When input stopped, the count stops where the last input was
 * (now − detection interval), not when the idle API noticed, and never before what was already
 * credited. `gapFrom` is where a sleep or a closed browser began: none of it counts. `awayFrom`
 * is where the user's absence surely began, for the natural break (later than `gapFrom` after a
 * browser start, whose closure began at some unknown point after the last alive mark).
 */
export function applyObservation(
  state: SchedulerState,
  obs: Observation,
  now: number,
  settings: Settings,
  effects: EffectList,
  gapFrom: number | null,
  awayFrom: number | null = gapFrom,
): void {
  const before = state.inputs;
  const after: Inputs = {
    presence: obs.presence ?? before.presence,
    focused: obs.focused ?? before.focused,
    media: obs.media ?? before.media,
  };
  const inputStopped = before.presence === 'active' && after.presence !== 'active';
  const lastInput = Math.max(now - settings.idleDetectionSec * 1000, gapFrom ?? -Infinity);

  if (gapFrom !== null) {
    if (state.phase.tag === 'counting') state.phase = countingFrom(now);
    state.awaySince ??= awayFrom ?? gapFrom;
  } else if (state.phase.tag === 'counting') {
    accrue(state, now, settings, effects);
    // A heartbeat may already have counted the last minute; the idle API now says it was idle.
    if (inputStopped && !isPresent(after, settings)) uncredit(state, lastInput, settings);
  }

  if (isAway(after, settings)) {
    state.awaySince ??= inputStopped ? Math.min(now, lastInput) : now;
  } else if (state.awaySince !== null) {
    cameBack(state, now, settings, effects);
  }
  state.inputs = after;
  settlePresence(state, now, settings);
}

/** Back after being away: a long enough absence was a break taken naturally. */
function cameBack(state: SchedulerState, now: number, settings: Settings, effects: EffectList): void {
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
