// The popup's state (popup-state.ts) wired to preact and to the background: requests go out
// through the connector and come back as events, and the bag in storage and the stretch window
// follow the state.
import { useEffect, useLayoutEffect, useMemo, useReducer } from 'preact/hooks';
import { normalizePace } from '../core/breath/plan';
import { stretchPool } from '../core/stretches/any';
import type { ShuffleBag } from '../core/stretches/shuffle-bag';
import type { StretchProgress } from '../shared/live-port';
import type { BreakRecord } from '../core/breaks/record';
import type { StatusView } from '../core/scheduler/status-view';
import type { PopupDeps } from './deps';
import type { Table } from './deal';
import { pauseUntil, type PauseChoice } from './pause-choices';
import { initialPopupState, reduce, type PopupEvent, type PopupState, type StatusRequest } from './popup-state';
import { useFocusKeeper } from './use-focus-keeper';

export interface PopupProps {
  deps: PopupDeps;
  initialBag: ShuffleBag;
  /** null when the background did not answer at start-up, or when its answer is still to come. */
  initialStatus: StatusView | null;
  /**
   * The background's answer to 'status/get' when the popup painted before it came (null: no
   * answer in time). Until it settles, the status line stays blank rather than say unreachable.
   */
  statusLater?: Promise<StatusView | null>;
  /** The break the engine last saved as upcoming, read with the bag (storage/popup-start.ts). */
  initialBreakId?: string | null;
}

const STATUS_REFRESH_MS = 30_000;
/** How long the stretch window shows the end of a break before it closes itself. */
export const FINISH_LINGER_MS = 4_000;

export function usePopup({ deps, initialBag, initialStatus, statusLater, initialBreakId = null }: PopupProps) {
  const { connector, settings } = deps;
  const pool = useMemo(() => stretchPool(settings, deps.custom), [settings, deps.custom]);
  const pace = useMemo(() => normalizePace({ inhaleSec: settings.breathInhaleSec, exhaleSec: settings.breathExhaleSec }), [settings]);
  const table: Table = { pool, pace, random: deps.random };
  const [state, dispatch] = useReducer(
    (s: PopupState, e: PopupEvent) => reduce(s, e, table),
    null,
    () =>
      initialPopupState(
        {
          bag: initialBag,
          status: initialStatus,
          breakId: initialBreakId,
          statusLater: statusLater !== undefined,
          inWindow: deps.inWindow,
          routineRequested: deps.routineRequested,
        },
        table,
      ),
  );
  useFocusKeeper();

  // Every deal is saved as it is made, so that the next opening offers the same card. Losing
  // the bag only means a stretch may come round again sooner; nothing to tell anyone.
  useLayoutEffect(() => void deps.shuffle.save(state.bag).catch(() => undefined), [state.bag]);

  // The stretch window has done its job once the break is dealt with: it closes itself, after
  // the finish view has had a moment to be read.
  const exit = state.host.kind === 'window' ? state.host.exit : 'open';
  useLayoutEffect(() => {
    if (exit === 'closed') deps.close();
    if (exit !== 'lingering') return;
    const timer = setTimeout(() => dispatch({ type: 'lingered' }), FINISH_LINGER_MS);
    return () => clearTimeout(timer);
  }, [exit]);

  /**
   * Sends a request and shows the status it answers with. A refused request (say, a snooze that
   * is no longer allowed) still leaves a reachable background, so the status is fetched afresh;
   * only when that fails too does the line say the timer is not responding.
   */
  async function ask(request: StatusRequest, send: () => Promise<StatusView>): Promise<void> {
    dispatch({ type: 'asked' });
    try {
      dispatch({ type: 'answered', request, status: await send() });
    } catch {
      try {
        dispatch({ type: 'answered', request: 'status/get', status: await connector.send('status/get') });
      } catch {
        dispatch({ type: 'noAnswer' });
      }
    }
  }
  const askBare = (request: Exclude<StatusRequest, 'pause/start'>) => void ask(request, () => connector.send(request));

  useEffect(() => {
    void statusLater?.then((status) => dispatch({ type: 'startupAnswer', status }));
  }, []);

  // The background sends its status whenever it changes: a break coming due while the popup is
  // open shows at once, with Snooze and Skip.
  useEffect(() => deps.live?.onStatus((status) => dispatch({ type: 'pushed', status })), []);

  useEffect(() => {
    const id = setInterval(() => askBare('status/get'), STATUS_REFRESH_MS);
    return () => clearInterval(id);
  }, []);

  const record = async (rec: BreakRecord) => {
    dispatch({ type: 'done', record: rec });
    try {
      dispatch({ type: 'saved', record: rec, status: await connector.send('break/done', rec) });
    } catch {
      dispatch({ type: 'saveFailed', record: rec });
    }
  };

  const onStart = () => {
    dispatch({ type: 'start' });
    // Tell the background a break has begun so no reminder lands in the middle of it.
    if (state.status?.phase !== 'due') askBare('break/now');
  };

  const { card, status } = state;
  return {
    pool,
    pace,
    card,
    status,
    unreachable: state.link === 'down',
    onBreak: card.stage === 'stretching',
    lineup: card.stage === 'empty' ? null : card.lineup,
    snooze: () => askBare('break/snooze'),
    skip: () => askBare('break/skip'),
    resume: () => askBare('pause/resume'),
    pause: (choice: PauseChoice) => void ask('pause/start', () => connector.send('pause/start', { until: pauseUntil(choice, deps.now()) })),
    onStart,
    another: () => dispatch({ type: 'choose', mode: 'single', fresh: true }),
    single: () => dispatch({ type: 'choose', mode: 'single', fresh: false }),
    routine: () => dispatch({ type: 'choose', mode: 'routine', fresh: false }),
    record: (rec: BreakRecord) => void record(rec),
    progress: (progress: StretchProgress | null) => deps.live?.progress(progress),
  };
}
