// The popup's state and actions, apart from its markup: which stretch or routine is on offer,
// the status from the background, and the end of a break.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { normalizePace } from '../core/breath/plan';
import { enabledStretches } from '../core/stretches/choose';
import { stretchById } from '../core/stretches/library';
import { planRoutine } from '../core/stretches/routine';
import { clearCurrent, currentOrNext, drawNext, type ShuffleBag } from '../core/stretches/shuffle-bag';
import type { Stretch } from '../core/stretches/types';
import type { MessageType } from '../shared/messages';
import type { BreakRecord } from '../core/breaks/record';
import type { StatusView } from '../core/scheduler/status-view';
import type { PopupDeps } from './deps';
import type { FinishState } from './finish-view';
import { pauseUntil, type PauseChoice } from './pause-choices';
import { useFocusKeeper } from './use-focus-keeper';
import { formatOf, type BreakFormat } from '../core/breaks/kinds';

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
}

/** The stretches dealt for this opening, laid out as the break kinds table says (core/breaks). */
export type Lineup = { mode: BreakFormat; stretches: Stretch[] };
const STATUS_REFRESH_MS = 30_000;

export function usePopup({ deps, initialBag, initialStatus, statusLater }: PopupProps) {
  const { connector, settings } = deps;
  const pool = useMemo(() => enabledStretches(settings), [settings]);
  const ids = pool.map((s) => s.id);
  const pace = useMemo(() => normalizePace({ inhaleSec: settings.breathInhaleSec, exhaleSec: settings.breathExhaleSec }), [settings]);

  const deal = (bag: ShuffleBag, mode: Lineup['mode'], fresh: boolean): { bag: ShuffleBag; lineup: Lineup | null } => {
    if (mode === 'routine') {
      const r = planRoutine(pool, bag, deps.random, pace);
      return { bag: r.bag, lineup: r.stretches.length ? { mode, stretches: r.stretches } : null };
    }
    const r = fresh ? drawNext(bag, ids, deps.random) : currentOrNext(bag, ids, deps.random);
    const stretch = r.id === null ? undefined : stretchById(r.id);
    return { bag: r.bag, lineup: stretch ? { mode, stretches: [stretch] } : null };
  };

  const [start] = useState(() => {
    const due = initialStatus?.phase === 'due' ? formatOf(initialStatus.breakKind) : 'single';
    return deal(initialBag, deps.routineRequested ? 'routine' : due, false);
  });
  const [bag, setBag] = useState(start.bag);
  const [lineup, setLineup] = useState(start.lineup);
  const [status, setStatus] = useState(initialStatus);
  const [unreachable, setUnreachable] = useState(initialStatus === null && !statusLater);
  // Set once the status or the card has moved on from how the popup opened, so that a late
  // start-up answer neither overwrites a newer status nor swaps a card the person acted on.
  const moved = useRef({ status: false, card: false });
  const [onBreak, setOnBreak] = useState(false);
  const [finish, setFinish] = useState<{ view: FinishState; record: BreakRecord } | null>(null);
  useFocusKeeper();

  const keep = (next: ShuffleBag) => {
    setBag(next);
    // Losing the bag only means a stretch may come round again sooner; nothing to tell anyone.
    deps.shuffle.save(next).catch(() => undefined);
  };
  useEffect(() => keep(start.bag), []);

  /**
   * Runs an action and shows the status it answers with. A refused action (say, a snooze that
   * is no longer allowed) still leaves a reachable background, so the status is fetched afresh;
   * only when that fails too does the line say the timer is not responding.
   */
  async function run(action: () => Promise<StatusView>): Promise<void> {
    moved.current.status = true;
    try {
      setStatus(await action());
      setUnreachable(false);
    } catch {
      try {
        setStatus(await connector.send('status/get'));
        setUnreachable(false);
      } catch {
        setUnreachable(true);
      }
    }
  }
  const ask = (type: 'status/get' | 'break/now' | 'break/snooze' | 'break/skip' | 'pause/resume') =>
    run(() => (connector.send as (t: MessageType) => Promise<StatusView>)(type));

  useEffect(() => {
    void statusLater?.then((answer) => {
      if (moved.current.status) return;
      setStatus(answer);
      setUnreachable(answer === null);
      // A due long break offers the routine, as it would had the answer come before the paint.
      if (answer?.phase === 'due' && formatOf(answer.breakKind) === 'routine' && !deps.routineRequested && !moved.current.card) {
        const r = deal(initialBag, 'routine', false);
        keep(r.bag);
        setLineup(r.lineup);
      }
    });
  }, []);

  useEffect(() => {
    const id = setInterval(() => void ask('status/get'), STATUS_REFRESH_MS);
    return () => clearInterval(id);
  }, []);

  const switchTo = (mode: Lineup['mode'], fresh: boolean) => {
    moved.current.card = true;
    const r = deal(bag, mode, fresh);
    keep(r.bag);
    setLineup(r.lineup);
    setFinish(null);
    setOnBreak(false);
  };

  const record = async (rec: BreakRecord) => {
    moved.current.card = true;
    moved.current.status = true;
    setFinish({ view: { state: 'saving', completed: rec.completed }, record: rec });
    setOnBreak(false);
    keep(clearCurrent(bag));
    try {
      const next = await connector.send('break/done', rec);
      setStatus(next);
      setUnreachable(false);
      setFinish({ view: { state: 'saved', completed: rec.completed, takenToday: next.takenToday }, record: rec });
    } catch {
      setFinish({ view: { state: 'error', completed: rec.completed }, record: rec });
    }
  };

  const pause = (choice: PauseChoice) => run(() => connector.send('pause/start', { until: pauseUntil(choice, deps.now()) }));

  const onStart = () => {
    moved.current.card = true;
    setOnBreak(true);
    // Tell the background a break has begun so no reminder lands in the middle of it.
    if (status?.phase !== 'due') void ask('break/now');
  };

  const lastShown = finish && lineup ? lineup.stretches[Math.max(0, finish.record.stretchIds.length - 1)] : undefined;
  return {
    pool, pace, status, unreachable, onBreak, lineup, finish, lastShown,
    snooze: () => void ask('break/snooze'),
    skip: () => void ask('break/skip'),
    resume: () => void ask('pause/resume'),
    pause: (choice: PauseChoice) => void pause(choice),
    onStart,
    another: () => switchTo('single', true),
    single: () => switchTo('single', false),
    routine: () => switchTo('routine', false),
    record: (rec: BreakRecord) => void record(rec),
  };
}
