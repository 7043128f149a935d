// The popup's state and actions, apart from its markup: which stretch or routine is on offer,
// the status from the background, and the end of a break.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { normalizePace } from '../core/breath/plan';
import { enabledStretches } from '../core/stretches/choose';
import { stretchById } from '../core/stretches/library';
import { currentOrNewRoutine } from '../core/stretches/routine';
import { clearCurrent, currentOrNext, drawNext, forBreak, type ShuffleBag } from '../core/stretches/shuffle-bag';
import type { Stretch } from '../core/stretches/types';
import type { MessageType } from '../shared/messages';
import type { StretchProgress } from '../shared/live-port';
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
  /** The break the engine last saved as upcoming, read with the bag (storage/popup-start.ts). */
  initialBreakId?: string | null;
}

/** The stretches dealt for this opening, laid out as the break kinds table says (core/breaks). */
export type Lineup = { mode: BreakFormat; stretches: Stretch[] };
const STATUS_REFRESH_MS = 30_000;
/** How long the stretch window shows the end of a break before it closes itself. */
export const FINISH_LINGER_MS = 4_000;

export function usePopup({ deps, initialBag, initialStatus, statusLater, initialBreakId = null }: PopupProps) {
  const { connector, settings } = deps;
  const pool = useMemo(() => enabledStretches(settings), [settings]);
  const ids = pool.map((s) => s.id);
  const pace = useMemo(() => normalizePace({ inhaleSec: settings.breathInhaleSec, exhaleSec: settings.breathExhaleSec }), [settings]);

  // The break the card is dealt for: one card (or routine) per break, a new one for the next.
  const breakId = useRef(initialStatus?.breakId ?? initialBreakId);
  const deal = (saved: ShuffleBag, mode: Lineup['mode'], fresh: boolean): { bag: ShuffleBag; lineup: Lineup | null } => {
    const bag = forBreak(saved, breakId.current);
    if (mode === 'routine') {
      const r = currentOrNewRoutine(pool, bag, deps.random, pace);
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
  const bagNow = useRef(start.bag);
  const [lineup, setLineup] = useState(start.lineup);
  const [status, setStatus] = useState(initialStatus);
  const [unreachable, setUnreachable] = useState(initialStatus === null && !statusLater);
  // Set once the status or the card has moved on from how the popup opened, so that a late
  // start-up answer neither overwrites a newer status nor swaps a card the person acted on.
  const moved = useRef({ status: false, card: false });
  const [onBreak, setOnBreak] = useState(false);
  const [finish, setFinish] = useState<{ view: FinishState; record: BreakRecord } | null>(null);
  /** Whether this page has shown a break that was due or snoozed (the stretch window closes after it). */
  const isPending = (s: StatusView | null) => s?.phase === 'due' || s?.phase === 'snoozed';
  const showedPending = useRef(isPending(initialStatus));
  // Read by status answers that arrive later: a card being stretched or finished is never swapped.
  const busy = useRef(false);
  busy.current = onBreak || finish !== null;
  const mode = useRef(start.lineup?.mode ?? 'single');
  mode.current = lineup?.mode ?? mode.current;
  useFocusKeeper();

  const keep = (next: ShuffleBag) => {
    bagNow.current = next;
    // Losing the bag only means a stretch may come round again sooner; nothing to tell anyone.
    deps.shuffle.save(next).catch(() => undefined);
  };
  useEffect(() => keep(start.bag), []);

  /**
   * Runs an action and shows the status it answers with. A refused action (say, a snooze that
   * is no longer allowed) still leaves a reachable background, so the status is fetched afresh;
   * only when that fails too does the line say the timer is not responding.
   */
  async function run(action: () => Promise<StatusView>): Promise<boolean> {
    moved.current.status = true;
    try {
      follow(await action());
      setUnreachable(false);
      return true;
    } catch {
      try {
        follow(await connector.send('status/get'));
        setUnreachable(false);
      } catch {
        setUnreachable(true);
      }
      return false;
    }
  }
  const ask = (type: 'status/get' | 'break/now' | 'break/snooze' | 'break/skip' | 'pause/resume') =>
    run(() => (connector.send as (t: MessageType) => Promise<StatusView>)(type));

  // The stretch window has done its job once the break is dealt with: it closes itself, after
  // the finish view has had a moment to be read. Choosing another stretch keeps it open.
  const closing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stayOpen = () => {
    if (closing.current !== null) clearTimeout(closing.current);
    closing.current = null;
  };
  const left = useRef(false);
  function closeWindow(): void {
    if (left.current) return;
    left.current = true;
    deps.close();
  }
  const leaveWindow = (afterMs: number) => {
    if (!deps.inWindow) return;
    stayOpen();
    if (afterMs === 0) closeWindow();
    else closing.current = setTimeout(closeWindow, afterMs);
  };
  const thenLeave = (done: Promise<boolean>) => void done.then((ok) => ok && leaveWindow(0));

  /**
   * Shows a status from the background. When it names another break than the card was dealt for,
   * that break gets a card of its own; a due long break offers the routine, as it would had the
   * answer come before the paint. Neither happens to a card being stretched or just finished.
   */
  function follow(next: StatusView): void {
    setStatus(next);
    const changed = next.breakId !== breakId.current;
    breakId.current = next.breakId;
    const pending = isPending(next);
    // The break this window was showing was done or skipped somewhere else (the toolbar popup,
    // another device's page): nothing is left for the window to do.
    if (deps.inWindow && changed && !pending && showedPending.current && !busy.current) return closeWindow();
    showedPending.current ||= pending;
    if (busy.current) return;
    const wanted = deps.routineRequested ? 'routine' : next.phase === 'due' ? formatOf(next.breakKind) : 'single';
    const dueRoutine = wanted === 'routine' && mode.current !== 'routine' && !moved.current.card;
    if (!changed && !dueRoutine) return;
    const r = deal(bagNow.current, changed ? wanted : 'routine', false);
    keep(r.bag);
    setLineup(r.lineup);
  }

  useEffect(() => {
    void statusLater?.then((answer) => {
      if (moved.current.status) return;
      if (answer) follow(answer);
      setUnreachable(answer === null);
    });
  }, []);

  // The background sends its status whenever it changes: a break coming due while the popup is
  // open shows at once, with Snooze and Skip.
  useEffect(() => deps.live?.onStatus((next) => {
    moved.current.status = true;
    follow(next);
    setUnreachable(false);
  }), []);

  useEffect(() => {
    const id = setInterval(() => void ask('status/get'), STATUS_REFRESH_MS);
    return () => clearInterval(id);
  }, []);

  const switchTo = (mode: Lineup['mode'], fresh: boolean) => {
    stayOpen();
    moved.current.card = true;
    const r = deal(bagNow.current, mode, fresh);
    keep(r.bag);
    setLineup(r.lineup);
    setFinish(null);
    setOnBreak(false);
  };

  const record = async (rec: BreakRecord) => {
    moved.current.card = true;
    moved.current.status = true;
    busy.current = true;
    setFinish({ view: { state: 'saving', completed: rec.completed }, record: rec });
    setOnBreak(false);
    keep(clearCurrent(bagNow.current));
    try {
      const next = await connector.send('break/done', rec);
      follow(next);
      setUnreachable(false);
      setFinish({ view: { state: 'saved', completed: rec.completed, takenToday: next.takenToday }, record: rec });
      leaveWindow(FINISH_LINGER_MS);
    } catch {
      setFinish({ view: { state: 'error', completed: rec.completed }, record: rec });
    }
  };

  const pause = (choice: PauseChoice) => run(() => connector.send('pause/start', { until: pauseUntil(choice, deps.now()) }));

  const onStart = () => {
    moved.current.card = true;
    busy.current = true;
    setOnBreak(true);
    // Tell the background a break has begun so no reminder lands in the middle of it.
    if (status?.phase !== 'due') void ask('break/now');
  };

  const lastShown = finish && lineup ? lineup.stretches[Math.max(0, finish.record.stretchIds.length - 1)] : undefined;
  return {
    pool, pace, status, unreachable, onBreak, lineup, finish, lastShown,
    snooze: () => thenLeave(ask('break/snooze')),
    skip: () => thenLeave(ask('break/skip')),
    resume: () => void ask('pause/resume'),
    pause: (choice: PauseChoice) => thenLeave(pause(choice)),
    onStart,
    another: () => switchTo('single', true),
    single: () => switchTo('single', false),
    routine: () => switchTo('routine', false),
    record: (rec: BreakRecord) => void record(rec),
    progress: (progress: StretchProgress | null) => deps.live?.progress(progress),
  };
}
