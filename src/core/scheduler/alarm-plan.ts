// The alarms and the badge a state calls for. Alarms are stated as wishes (this alarm at that
// time); the background compares them with the browser's and touches only what differs, so a
// worker restart never pushes an alarm forward.
import type { Settings } from '../settings/defaults';
import type { StepContext } from './context';
import { ALARM_RETRY_MS, MINUTE_MS, nextBeatAt } from './heartbeat';
import { isAway, mediaCounts } from './presence';
import type { SchedulerState } from './state';
import { badgeView, remainingMsAt } from './status-view';
import { nextHoursChange } from './working-hours';
import { idleIntervalSec, nudgeWindowOpensAt } from './nudge';

/** The next instant at which time alone changes something; null if only an event can. */
export function nextDeadline(state: SchedulerState, now: number, settings: Settings): number | null {
  const p = state.phase;
  const hours = p.tag === 'paused' ? null : nextHoursChange(now, settings);
  const candidates: (number | null)[] = [hours];
  switch (p.tag) {
    case 'counting':
      candidates.push(now + remainingMsAt(state, now, settings));
      break;
    case 'snoozed':
      candidates.push(p.until);
      break;
    case 'paused':
      candidates.push(p.until);
      break;
    case 'due':
      if (p.notifiedAt === null && p.heldSince !== null) {
        // Held by media: look again every minute, and give up holding at the maximum.
        candidates.push(Math.min(p.heldSince + settings.mediaHoldMaxMin * MINUTE_MS, now + MINUTE_MS));
      } else if (p.notifiedAt !== null && !p.nudged && settings.renudgeAfterMin > 0) {
        // A nudge waiting for the user's return needs no alarm (their return is an event), but
        // the end of audio or fullscreen sends none, so that is looked at every minute.
        if (mediaCounts(state.inputs, settings)) candidates.push(now + MINUTE_MS);
        else if (!isAway(state.inputs, settings)) candidates.push(p.notifiedAt + settings.renudgeAfterMin * MINUTE_MS);
      }
      break;
    case 'idle':
    case 'outsideHours':
      break;
  }
  const times = candidates.filter((t): t is number => t !== null);
  if (!times.length) return null;
  // settle() has acted on everything up to now; a deadline not in the future would only make the
  // alarm fire again at once, in a loop. Look again in a minute instead.
  const next = Math.min(...times);
  return next > now ? next : now + MINUTE_MS;
}

/** Sets the heartbeat and states the alarms and badge for the state after a step. */
export function planAlarms(ctx: StepContext, state: SchedulerState): void {
  const { now, settings, effects } = ctx;
  const counting = state.phase.tag === 'counting';
  // No need to keep an earlier plan: the beat is a function of the count, so a worker restart
  // states the same instant again and the background leaves the alarm alone.
  const beatAt = nextBeatAt(state, now, settings);
  if (beatAt === null) effects.push({ type: 'clearAlarm', name: 'heartbeat' });
  else effects.push({ type: 'alarm', name: 'heartbeat', at: beatAt, periodMs: ALARM_RETRY_MS });

  const deadline = nextDeadline(state, now, settings);
  if (deadline === null) effects.push({ type: 'clearAlarm', name: 'break' });
  else effects.push({ type: 'alarm', name: 'break', at: deadline, periodMs: ALARM_RETRY_MS });
  // The nudge window's own alarm, so that the break alarm keeps meaning "due" (nudge.ts). It is
  // an alive mark too: with the countdown off the heartbeat leaves its instant to it.
  const opens = nudgeWindowOpensAt(state, now, settings);
  effects.push(
    opens === null ? { type: 'clearAlarm', name: 'nudge' } : { type: 'alarm', name: 'nudge', at: opens, periodMs: ALARM_RETRY_MS },
  );
  // The alarm to expect while counting, the earliest of the three: an event that finds it long
  // overdue knows the machine slept; a browser start knows the browser closed before it.
  const expected = Math.min(beatAt ?? Infinity, deadline ?? Infinity, opens ?? Infinity);
  state.expectedAlarm = counting && expected !== Infinity ? { at: expected, periodMs: ALARM_RETRY_MS } : null;

  effects.push({ type: 'badge', ...badgeView(state, now, settings) });
  effects.push({ type: 'idleInterval', seconds: idleIntervalSec(state, now, settings) });
}
