// The background side of the message map. Requests are checked before they reach the scheduler;
// a bad one is answered with a clear error and changes nothing.
import { canSnooze } from '../core/scheduler/actions';
import { popupSettings } from '../core/settings/popup-settings';
import type { SettingsReader } from '../storage/settings-store';
import type { Handlers } from '../shared/messages';
import type { BreakRecord } from '../core/breaks/record';
import type { StatusView } from '../core/scheduler/status-view';
import type { Engine } from './engine';

export class RequestError extends Error {
  override name = 'RequestError';
}

export function checkBreakRecord(value: unknown): BreakRecord {
  const r = value as Partial<BreakRecord> | null;
  if (typeof r !== 'object' || r === null) throw new RequestError('break/done needs a record { stretchIds, durationMs, completed }.');
  if (!Array.isArray(r.stretchIds) || !r.stretchIds.every((id) => typeof id === 'string')) throw new RequestError('break/done: stretchIds must be an array of strings.');
  if (typeof r.durationMs !== 'number' || !Number.isFinite(r.durationMs) || r.durationMs < 0) throw new RequestError('break/done: durationMs must be a number ≥ 0.');
  if (typeof r.completed !== 'boolean') throw new RequestError('break/done: completed must be true or false.');
  return { stretchIds: [...r.stretchIds], durationMs: r.durationMs, completed: r.completed };
}

export function checkPauseUntil(value: unknown, now: number): number | null {
  const until = (value as { until?: unknown } | null)?.until;
  if (until === null) return null;
  if (typeof until !== 'number' || !Number.isFinite(until)) throw new RequestError('pause/start: until must be a time in epoch ms, or null.');
  if (until <= now) throw new RequestError('pause/start: until lies in the past.');
  return until;
}

/**
 * Every handler that touches the scheduler waits for `ready` (state restored, missed deadlines
 * reconciled) first. The popup's settings are read from storage straight away: they need no
 * state, and a slow engine start must not hold up the popup's theme and pace.
 */
export function messageHandlers(engine: Engine, ready: Promise<void>, now: () => number, settings: Pick<SettingsReader, 'load'>): Handlers {
  const act = (fn: () => Promise<void>): Promise<StatusView> =>
    ready.then(() => engine.serial(async () => {
      await fn();
      return engine.view();
    }));
  return {
    'status/get': () => act(async () => undefined),
    'break/now': () => act(() => engine.stepNow({ type: 'breakNow' })),
    'break/skip': () => act(() => engine.stepNow({ type: 'skip' })),
    'break/snooze': () =>
      act(async () => {
        if (!canSnooze(engine.state, engine.settings)) throw new RequestError('break/snooze: no break is due, or its snoozes are used up.');
        await engine.stepNow({ type: 'snooze' });
      }),
    'break/done': (payload) =>
      act(async () => {
        const record = checkBreakRecord(payload);
        await engine.stepNow({ type: 'done', record });
      }),
    'pause/start': (payload) =>
      act(async () => {
        const until = checkPauseUntil(payload, now());
        await engine.stepNow({ type: 'pause', until });
      }),
    'pause/resume': () => act(() => engine.stepNow({ type: 'resume' })),
    'settings/popup': async () => popupSettings((await settings.load()).settings),
  };
}
