// The popup's state: reduce(state, event, table) → state. Pure: no browser, no clock, no timers;
// the only randomness is the table's, which tests seed. use-popup.ts feeds it the background's
// answers and the person's actions, and keeps the world in line with what it returns (the bag in
// storage, the stretch window open or closed).
import type { BreakRecord } from '../core/breaks/record';
import { formatOf, type BreakFormat } from '../core/breaks/kinds';
import type { StatusView } from '../core/scheduler/status-view';
import { clearCurrent, type ShuffleBag } from '../core/stretches/shuffle-bag';
import { deal, type Lineup, type Table } from './deal';

/** Where the card stands. Once started, a card is the person's: no status replaces it. */
export type Card =
  /** Every stretch is switched off: the card says so and links to the settings. */
  | { stage: 'empty' }
  /** Dealt for the break, not started. */
  | { stage: 'offering'; lineup: Lineup }
  /** Started; its breath timer may be in the lead-in, running or paused. */
  | { stage: 'stretching'; lineup: Lineup }
  /** Over, and on its way to the background. */
  | { stage: 'saving'; lineup: Lineup; record: BreakRecord }
  | { stage: 'finished'; lineup: Lineup; record: BreakRecord; takenToday: number }
  /** The background did not record it; the record is kept for a retry. */
  | { stage: 'failed'; lineup: Lineup; record: BreakRecord };

/** The page the popup runs in. */
export type Host =
  /** The toolbar popup: it closes when the person clicks away, never by itself. */
  | { kind: 'toolbar' }
  /**
   * The stretch window (ui/stretch-window.ts): it closes itself once the break is dealt with.
   * `shownDue`: it has shown a break that was due or snoozed, whose end elsewhere closes it too.
   * `lingering`: the finish view is being read before it closes; `closed` is for good.
   */
  | { kind: 'window'; shownDue: boolean; exit: 'open' | 'lingering' | 'closed' };

/**
 * What the popup knows of the background. `awaitingStartup`: the popup painted before the answer
 * to its start-up 'status/get' came, and has seen nothing newer; the line stays blank meanwhile.
 * `down`: the last request went unanswered, and the line says so.
 */
export type Link = 'awaitingStartup' | 'up' | 'down';

export interface PopupState {
  card: Card;
  host: Host;
  link: Link;
  /** The background's last word; null until it has said any. */
  status: StatusView | null;
  /** The break the card was dealt for: one card per break, a new one for the next. */
  breakId: string | null;
  /** The shuffle bag as it stands after the last deal; use-popup.ts saves every new one. */
  bag: ShuffleBag;
  /** Opened for the long break (?routine=1), whatever the status says. */
  routineRequested: boolean;
  /** The person acted on a card on this page (chose, started, finished one): a routine coming due no longer replaces it. */
  touched: boolean;
}

/** The requests the popup sends that the background answers with its status. */
export type StatusRequest = 'status/get' | 'break/now' | 'break/snooze' | 'break/skip' | 'pause/start' | 'pause/resume';
/** Answered, these deal with the break: the stretch window has done its job. */
const DEALT_WITH: readonly StatusRequest[] = ['break/snooze', 'break/skip', 'pause/start'];

export type PopupEvent =
  /** The answer to the start-up 'status/get' (null: none in time). */
  | { type: 'startupAnswer'; status: StatusView | null }
  /** The background sent its status over the live port. */
  | { type: 'pushed'; status: StatusView }
  /** A request is on its way: whatever it answers is newer than the start-up answer. */
  | { type: 'asked' }
  | { type: 'answered'; request: StatusRequest; status: StatusView }
  /** A request and the 'status/get' after it both went unanswered. */
  | { type: 'noAnswer' }
  /** The timer was started (the first time, or again after a restart). */
  | { type: 'start' }
  /** "Another stretch" (fresh), or the footer's one stretch / routine switch. */
  | { type: 'choose'; mode: BreakFormat; fresh: boolean }
  /** The break is over: finished, ended early, or retried after a failed save. */
  | { type: 'done'; record: BreakRecord }
  | { type: 'saved'; record: BreakRecord; status: StatusView }
  | { type: 'saveFailed'; record: BreakRecord }
  /** The stretch window's finish view has had its moment. */
  | { type: 'lingered' };

export interface Opening {
  bag: ShuffleBag;
  /** The status known when the popup paints; null when it is still to come or never came. */
  status: StatusView | null;
  /** The break the engine last saved as upcoming, for when the status is still to come. */
  breakId: string | null;
  /** The start-up answer is still to come. */
  statusLater: boolean;
  inWindow: boolean;
  routineRequested: boolean;
}

const isPending = (s: StatusView | null) => s?.phase === 'due' || s?.phase === 'snoozed';
/** A card being stretched or just finished is never swapped, and keeps the stretch window open. */
const busy = (card: Card) => card.stage !== 'empty' && card.stage !== 'offering';
const modeOf = (card: Card): BreakFormat => (card.stage === 'empty' ? 'single' : card.lineup.mode);
const wanted = (routineRequested: boolean, status: StatusView | null): BreakFormat =>
  routineRequested ? 'routine' : status?.phase === 'due' ? formatOf(status.breakKind) : 'single';
/** A closed window stays closed: it is going away. */
const exit = (host: Host, to: 'open' | 'lingering' | 'closed'): Host =>
  host.kind === 'window' && host.exit !== 'closed' && host.exit !== to ? { ...host, exit: to } : host;

function dealt(s: PopupState, table: Table, mode: BreakFormat, fresh: boolean): PopupState {
  const r = deal(table, s.bag, s.breakId, mode, fresh);
  return { ...s, bag: r.bag, card: r.lineup ? { stage: 'offering', lineup: r.lineup } : { stage: 'empty' } };
}

export function initialPopupState(o: Opening, table: Table): PopupState {
  const link: Link = o.statusLater ? 'awaitingStartup' : o.status ? 'up' : 'down';
  const host: Host = o.inWindow ? { kind: 'window', shownDue: isPending(o.status), exit: 'open' } : { kind: 'toolbar' };
  const s: PopupState = {
    card: { stage: 'empty' },
    host,
    link,
    status: o.status,
    breakId: o.status?.breakId ?? o.breakId,
    bag: o.bag,
    routineRequested: o.routineRequested,
    touched: false,
  };
  return dealt(s, table, wanted(o.routineRequested, o.status), false);
}

/**
 * Shows a status from the background. When it names another break than the card was dealt for,
 * that break gets a card of its own; a due long break offers the routine, as it would had the
 * answer come before the paint. Neither happens to a card being stretched or just finished.
 */
function follow(s: PopupState, next: StatusView, table: Table): PopupState {
  const changed = next.breakId !== s.breakId;
  const pending = isPending(next);
  const seen: PopupState = { ...s, status: next, breakId: next.breakId };
  if (s.host.kind === 'window') {
    // The break this window was showing was done or skipped somewhere else (the toolbar popup,
    // another device's page): nothing is left for the window to do.
    if (changed && !pending && s.host.shownDue && !busy(s.card)) return { ...seen, host: exit(s.host, 'closed') };
    if (pending && !s.host.shownDue) seen.host = { ...s.host, shownDue: true };
  }
  if (busy(s.card)) return seen;
  const mode = wanted(s.routineRequested, next);
  const dueRoutine = mode === 'routine' && modeOf(s.card) !== 'routine' && !s.touched;
  if (!changed && !dueRoutine) return seen;
  return dealt(seen, table, changed ? mode : 'routine', false);
}

export function reduce(s: PopupState, e: PopupEvent, table: Table): PopupState {
  switch (e.type) {
    case 'startupAnswer':
      // Anything newer has been seen or asked for: the start-up answer has nothing to add.
      if (s.link !== 'awaitingStartup') return s;
      return e.status ? { ...follow(s, e.status, table), link: 'up' } : { ...s, link: 'down' };
    case 'pushed':
      return { ...follow(s, e.status, table), link: 'up' };
    case 'asked':
      return s.link === 'awaitingStartup' ? { ...s, link: 'up' } : s;
    case 'answered': {
      const next: PopupState = { ...follow(s, e.status, table), link: 'up' };
      return DEALT_WITH.includes(e.request) ? { ...next, host: exit(next.host, 'closed') } : next;
    }
    case 'noAnswer':
      return s.link === 'down' ? s : { ...s, link: 'down' };
    case 'start':
      if (s.card.stage !== 'offering') return s;
      return { ...s, card: { stage: 'stretching', lineup: s.card.lineup }, touched: true };
    case 'choose':
      // Not while a break is being saved: its answer, and a failure to save it (which the person
      // must see, with Retry), belong to the card on screen. After that, choosing another
      // stretch keeps the stretch window open.
      if (s.card.stage === 'saving') return s;
      return dealt({ ...s, host: exit(s.host, 'open'), touched: true }, table, e.mode, e.fresh);
    case 'done':
      if (s.card.stage === 'empty') return s;
      return {
        ...s,
        card: { stage: 'saving', lineup: s.card.lineup, record: e.record },
        bag: clearCurrent(s.bag),
        touched: true,
        link: s.link === 'awaitingStartup' ? 'up' : s.link,
      };
    case 'saved': {
      const next: PopupState = { ...follow(s, e.status, table), link: 'up' };
      // An answer for a record this card is not saving (a stale one) changes only the status.
      if (s.card.stage !== 'saving' || s.card.record !== e.record) return next;
      // The stretch window closes itself once the finish view has been read.
      return { ...next, card: { ...s.card, stage: 'finished', takenToday: e.status.takenToday }, host: exit(next.host, 'lingering') };
    }
    case 'saveFailed':
      if (s.card.stage !== 'saving' || s.card.record !== e.record) return s;
      return { ...s, card: { ...s.card, stage: 'failed' } };
    case 'lingered':
      return s.host.kind === 'window' && s.host.exit === 'lingering' ? { ...s, host: exit(s.host, 'closed') } : s;
  }
}
