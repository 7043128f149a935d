// The background side of the message map. Requests are checked before they reach the scheduler;
// a bad one is answered with a clear error and changes nothing.
import { popupSettings } from '../core/settings/popup-settings';
import type { SettingsReader } from '../storage/settings-store';
import type { Handlers } from '../shared/messages';
import { checkStretchNames, type BreakRecord } from '../core/breaks/record';
import type { StatusView } from '../core/scheduler/status-view';
import type { Refusal } from '../core/scheduler/step';
import { RefusedError, type Engine, type EngineEvent } from './engine';

export class RequestError extends Error {
  override name = 'RequestError';
}

const refusalText: Record<Refusal, string> = {
  snoozeNotAllowed: 'break/snooze: no break is due, or its snoozes are used up.',
};

export function checkBreakRecord(value: unknown): BreakRecord {
  const r = value as Partial<BreakRecord> | null;
  if (typeof r !== 'object' || r === null) throw new RequestError('break/done needs a record { stretchIds, durationMs, completed }.');
  if (!Array.isArray(r.stretchIds) || !r.stretchIds.every((id) => typeof id === 'string'))
    throw new RequestError('break/done: stretchIds must be an array of strings.');
  if (typeof r.durationMs !== 'number' || !Number.isFinite(r.durationMs) || r.durationMs < 0)
    throw new RequestError('break/done: durationMs must be a number ≥ 0.');
  if (typeof r.completed !== 'boolean') throw new RequestError('break/done: completed must be true or false.');
  const names = checkStretchNames(r.stretchNames, r.stretchIds);
  return { stretchIds: [...r.stretchIds], ...(names ? { stretchNames: names } : {}), durationMs: r.durationMs, completed: r.completed };
}

export function checkPauseUntil(value: unknown, now: number): number | null {
  const until = (value as { until?: unknown } | null)?.until;
  if (until === null) return null;
  if (typeof until !== 'number' || !Number.isFinite(until))
    throw new RequestError('pause/start: until must be a time in epoch ms, or null.');
  if (until <= now) throw new RequestError('pause/start: until lies in the past.');
  return until;
}

/**
 * Every handler that touches the scheduler waits for `ready` (state restored, missed deadlines
 * reconciled) first. The popup's settings are read from storage straight away: they need no
 * state, and a slow engine start must not hold up the popup's theme and pace.
 */
export function messageHandlers(engine: Engine, ready: Promise<void>, now: () => number, settings: Pick<SettingsReader, 'load'>): Handlers {
  const act = (event: () => EngineEvent): Promise<StatusView> =>
    ready
      .then(() => engine.dispatch(event()))
      .catch((error: unknown) => {
        if (error instanceof RefusedError) throw new RequestError(refusalText[error.reason]);
        throw error;
      });
  return {
    'status/get': () => ready.then(() => engine.status()),
    'break/now': () => act(() => ({ type: 'breakNow' })),
    'break/skip': () => act(() => ({ type: 'skip' })),
    'break/snooze': () => act(() => ({ type: 'snooze' })),
    'break/done': (payload) => act(() => ({ type: 'done', record: checkBreakRecord(payload) })),
    'pause/start': (payload) => act(() => ({ type: 'pause', until: checkPauseUntil(payload, now()) })),
    'pause/resume': () => act(() => ({ type: 'resume' })),
    'settings/popup': async () => popupSettings((await settings.load()).settings),
  };
}
