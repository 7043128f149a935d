// What pages and the toolbar button show, derived from the state at a given instant. Nothing
// here changes the state: a popup asking for the status between events sees the count running.
import type { Settings } from '../settings/defaults';
import type { BreakKind } from '../breaks/kinds';
import { breakKind, cycleId, intervalMs } from './cycle';
import type { BadgeTone, LocalText } from './effects';
import { localDayStart, type Phase, type SchedulerState } from './state';
import { addWorkingMs, workingMsBetween } from './working-hours';

/** What a page needs to draw the status line and actions. All times are epoch ms. */
export interface StatusView {
  phase: Phase['tag'];
  /** Active ms still to go before the next break (0 when due). */
  remainingMs: number;
  /** When the next break will be due if activity continues; null when the count is stopped. */
  nextBreakAt: number | null;
  breakKind: BreakKind;
  /** End of a pause, or of a snooze; null while paused until resume. */
  until: number | null;
  snoozesLeft: number;
  /** Break sessions taken today (local day). */
  takenToday: number;
  /** Names the upcoming (or due) break; pages deal one card per break by it. */
  breakId: string;
}

/** Active ms credited by `now`, counting the running stretch, never past the interval. */
export function activeMsAt(state: SchedulerState, now: number, settings: Settings): number {
  const p = state.phase;
  const running = p.tag === 'counting' ? workingMsBetween(p.since, now, settings) : 0;
  return Math.min(intervalMs(settings), state.activeMs + running);
}

export function remainingMsAt(state: SchedulerState, now: number, settings: Settings): number {
  if (state.phase.tag === 'due') return 0;
  return Math.max(0, intervalMs(settings) - activeMsAt(state, now, settings));
}

export function statusView(state: SchedulerState, now: number, settings: Settings): StatusView {
  const p = state.phase;
  const remainingMs = remainingMsAt(state, now, settings);
  let nextBreakAt: number | null = null;
  if (p.tag === 'counting') nextBreakAt = addWorkingMs(now, remainingMs, settings);
  else if (p.tag === 'snoozed') nextBreakAt = p.until;
  return {
    phase: p.tag,
    remainingMs,
    nextBreakAt,
    breakKind: breakKind(state, settings),
    until: p.tag === 'paused' || p.tag === 'snoozed' ? p.until : null,
    snoozesLeft: Math.max(0, settings.snoozeLimitPerBreak - state.cycle.snoozesUsed),
    takenToday: state.today.dayStart === localDayStart(now) ? state.today.taken : 0,
    breakId: cycleId(state),
  };
}

export interface BadgeView {
  text: LocalText | null;
  title: LocalText;
  tone: BadgeTone;
}

/** Whole minutes left, rounded up: "1" until the very end, never "0" while counting. */
function minutesLeft(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}

export function badgeView(state: SchedulerState, now: number, settings: Settings): BadgeView {
  const p = state.phase;
  const countdown = (ms: number): LocalText | null => (settings.badgeCountdown ? { key: 'bgBadgeMinutes', args: [minutesLeft(ms)] } : null);
  switch (p.tag) {
    case 'due':
      return { text: { key: 'bgBadgeDue', args: [] }, title: { key: 'bgTitleDue', args: [] }, tone: 'due' };
    case 'snoozed':
      return { text: countdown(p.until - now), title: { key: 'bgTitleSnoozed', args: [{ time: p.until }] }, tone: 'normal' };
    case 'paused':
      return {
        text: { key: 'bgBadgePaused', args: [] },
        title: p.until === null ? { key: 'bgTitlePaused', args: [] } : { key: 'bgTitlePausedUntil', args: [{ time: p.until }] },
        tone: 'paused',
      };
    case 'outsideHours':
      return { text: null, title: { key: 'bgTitleOutsideHours', args: [] }, tone: 'normal' };
    case 'idle': {
      const ms = remainingMsAt(state, now, settings);
      return { text: countdown(ms), title: { key: 'bgTitleIdle', args: [minutesLeft(ms)] }, tone: 'normal' };
    }
    case 'counting': {
      // The badge is refreshed only at the heartbeat's steps; the tooltip names the clock time
      // of the break instead of minutes, so it is exact whenever it is read.
      const ms = remainingMsAt(state, now, settings);
      const at = addWorkingMs(now, ms, settings) ?? now + ms;
      return { text: countdown(ms), title: { key: 'bgTitleCounting', args: [{ time: at }] }, tone: 'normal' };
    }
  }
}
