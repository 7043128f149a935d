// The popup's state on its own, as step() is tested: events in, state out, no DOM and no timers.
// A late start-up answer, the break changing under an open card, a card being stretched never
// swapped, and the stretch window closing itself once the break is dealt with.
import { describe, expect, it } from 'vitest';
import type { BreakRecord } from '../../src/core/breaks/record';
import type { StatusView } from '../../src/core/scheduler/status-view';
import { defaultSettings } from '../../src/core/settings/defaults';
import { defaultPace } from '../../src/core/breath/plan';
import { enabledStretches } from '../../src/core/stretches/choose';
import { emptyBag } from '../../src/core/stretches/shuffle-bag';
import type { Table } from '../../src/popup/deal';
import { initialPopupState, reduce, type Opening, type PopupEvent, type PopupState } from '../../src/popup/popup-state';
import { status } from './fake-connector';

function table(): Table {
  let seed = 1;
  return { pool: enabledStretches(defaultSettings()), pace: defaultPace, random: () => (seed = (seed * 16807) % 2147483647) / 2147483647 };
}
const plainOpening: Opening = {
  bag: emptyBag(),
  status: status(),
  breakId: null,
  statusLater: false,
  inWindow: false,
  routineRequested: false,
};
/** Opens the popup and plays `events` on it, as use-popup.ts would. */
function play(opening: Partial<Opening>, ...events: PopupEvent[]): PopupState {
  const t = table();
  const start = initialPopupState({ ...plainOpening, ...opening }, t);
  return events.reduce((s, e) => reduce(s, e, t), start);
}
const later = { status: null, statusLater: true, breakId: 'c-1' };
const due = (patch: Partial<StatusView> = {}) => status({ phase: 'due', remainingMs: 0, ...patch });
const dueRoutine = due({ breakKind: 'routine' });
const record: BreakRecord = { stretchIds: ['chin-to-chest'], durationMs: 30_000, completed: true };
const lineupOf = (s: PopupState) => (s.card.stage === 'empty' ? null : s.card.lineup);

describe('popup state: opening', () => {
  it('deals the card for the break the status names, the routine when the long break is due', () => {
    expect(play({}).card).toMatchObject({ stage: 'offering', lineup: { mode: 'single' } });
    expect(play({ status: dueRoutine }).card).toMatchObject({ stage: 'offering', lineup: { mode: 'routine' } });
    expect(play({ routineRequested: true }).card).toMatchObject({ stage: 'offering', lineup: { mode: 'routine' } });
    expect(play({ status: status({ breakId: 'c-7' }) })).toMatchObject({ breakId: 'c-7', bag: { breakId: 'c-7' } });
  });

  it('deals for the break the engine saved while the status is still to come, and waits for it', () => {
    expect(play(later)).toMatchObject({ link: 'awaitingStartup', status: null, breakId: 'c-1', bag: { breakId: 'c-1' } });
  });

  it('says when no status came and none is to come', () => {
    expect(play({ status: null }).link).toBe('down');
  });

  it('says so when every stretch is switched off', () => {
    const t = { ...table(), pool: [] };
    const s = initialPopupState(plainOpening, t);
    expect(s.card).toEqual({ stage: 'empty' });
    expect(reduce(s, { type: 'choose', mode: 'routine', fresh: false }, t).card).toEqual({ stage: 'empty' });
  });
});

describe('popup state: the start-up answer', () => {
  it('fills in the status when it comes, and turns the card into the routine when the long break is due', () => {
    const s = play(later, { type: 'startupAnswer', status: dueRoutine });
    expect(s).toMatchObject({ link: 'up', status: dueRoutine, card: { stage: 'offering', lineup: { mode: 'routine' } } });
  });

  it('says the timer is not responding when it never comes', () => {
    expect(play(later, { type: 'startupAnswer', status: null }).link).toBe('down');
  });

  it('is ignored when it comes after a status push: the newer status and its card stay', () => {
    const pushed = status({ phase: 'paused', until: null });
    const before = play(later, { type: 'pushed', status: pushed });
    const after = reduce(before, { type: 'startupAnswer', status: dueRoutine }, table());
    expect(after).toBe(before);
    expect(play(later, { type: 'pushed', status: pushed }, { type: 'startupAnswer', status: null }).link).toBe('up');
  });

  it('is ignored once a request is on its way, whose answer will be newer', () => {
    const asked = play(later, { type: 'asked' });
    expect(reduce(asked, { type: 'startupAnswer', status: dueRoutine }, table())).toBe(asked);
  });

  it('does not replace a card the person chose, though it keeps the news for the status line', () => {
    const chosen = play(later, { type: 'choose', mode: 'single', fresh: true });
    const after = reduce(chosen, { type: 'startupAnswer', status: dueRoutine }, table());
    expect(after.status).toEqual(dueRoutine);
    expect(after.card).toBe(chosen.card);
  });
});

describe('popup state: the break changing under an open card', () => {
  it('deals a new card for a new break, and keeps the card for the same break', () => {
    const open = play({ status: status({ breakId: 'c-1' }) });
    const same = reduce(open, { type: 'pushed', status: due({ breakId: 'c-1' }) }, table());
    expect(same.card).toBe(open.card);
    const next = reduce(open, { type: 'answered', request: 'break/skip', status: status({ breakId: 'c-2' }) }, table());
    expect(next.card).not.toBe(open.card);
    expect(next).toMatchObject({ breakId: 'c-2', bag: { breakId: 'c-2' }, card: { stage: 'offering' } });
    expect(next.bag.current).toBe(lineupOf(next)!.stretches[0]!.id);
  });

  it('offers the routine when the long break comes due for the card on offer', () => {
    const s = play({ status: status({ breakId: 'c-3' }) }, { type: 'pushed', status: due({ breakId: 'c-3', breakKind: 'routine' }) });
    expect(s.card).toMatchObject({ stage: 'offering', lineup: { mode: 'routine' } });
  });
});

describe('popup state: a card being stretched', () => {
  it('is never swapped by a status, whatever break it names', () => {
    const started = play({}, { type: 'start' });
    expect(started.card.stage).toBe('stretching');
    for (const next of [status({ breakId: 'c-2' }), dueRoutine, due({ breakId: 'c-9', breakKind: 'routine' })]) {
      const s = reduce(started, { type: 'pushed', status: next }, table());
      expect(s.card).toBe(started.card);
      expect(s.status).toEqual(next);
    }
  });

  it('nor while it is saved, finished or failed', () => {
    const saving = play({}, { type: 'start' }, { type: 'done', record });
    const lineup = lineupOf(saving);
    expect(saving.card).toMatchObject({ stage: 'saving', record });
    expect(saving.bag.current).toBeNull();
    const saved = reduce(saving, { type: 'saved', record, status: status({ breakId: 'c-2', takenToday: 3 }) }, table());
    expect(saved.card).toMatchObject({ stage: 'finished', takenToday: 3 });
    expect(lineupOf(saved)).toBe(lineup);
    expect(lineupOf(reduce(saved, { type: 'pushed', status: due({ breakId: 'c-5' }) }, table()))).toBe(lineup);
    const failed = reduce(saving, { type: 'saveFailed', record }, table());
    expect(failed.card).toMatchObject({ stage: 'failed', record });
    expect(lineupOf(reduce(failed, { type: 'pushed', status: status({ breakId: 'c-2' }) }, table()))).toBe(lineup);
  });

  it('is swapped when the person asks for another', () => {
    const started = play({}, { type: 'start' });
    const s = reduce(started, { type: 'choose', mode: 'routine', fresh: false }, table());
    expect(s.card).toMatchObject({ stage: 'offering', lineup: { mode: 'routine' } });
  });

  // History is never dropped silently: a save that fails must reach the person, with Retry, so
  // another stretch cannot be dealt over a break still being saved.
  it('keeps the card being saved when another stretch is asked for, so a failure shows on it', () => {
    const saving = play({}, { type: 'done', record });
    const asked = reduce(saving, { type: 'choose', mode: 'single', fresh: true }, table());
    expect(asked).toBe(saving);
    expect(reduce(asked, { type: 'saveFailed', record }, table()).card).toMatchObject({ stage: 'failed', record });
    expect(reduce(asked, { type: 'saved', record, status: status() }, table()).card).toMatchObject({ stage: 'finished', record });
  });

  it('lets an answer for a record no longer on screen change only the status', () => {
    const other = { ...record, durationMs: record.durationMs + 1 };
    const saving = play({}, { type: 'done', record });
    expect(reduce(saving, { type: 'saved', record: other, status: status() }, table()).card).toBe(saving.card);
    expect(reduce(saving, { type: 'saveFailed', record: other }, table()).card).toBe(saving.card);
  });

  it('keeps a failed record for the retry', () => {
    const retried = play({}, { type: 'done', record }, { type: 'saveFailed', record }, { type: 'done', record });
    expect(retried.card).toMatchObject({ stage: 'saving', record });
  });
});

describe('popup state: the background out of reach', () => {
  it('says so when a request and the status after it go unanswered, until an answer comes', () => {
    const down = play({}, { type: 'asked' }, { type: 'noAnswer' });
    expect(down.link).toBe('down');
    expect(reduce(down, { type: 'answered', request: 'status/get', status: status() }, table()).link).toBe('up');
  });
});

describe('popup state: the stretch window', () => {
  const inWindow = { inWindow: true, status: due() };
  const exitOf = (s: PopupState) => (s.host.kind === 'window' ? s.host.exit : null);

  it('closes itself once the finish view has been read, and stays open when another stretch is chosen', () => {
    const saved = play(
      inWindow,
      { type: 'start' },
      { type: 'done', record },
      { type: 'saved', record, status: status({ breakId: 'c-2' }) },
    );
    expect(exitOf(saved)).toBe('lingering');
    expect(exitOf(reduce(saved, { type: 'lingered' }, table()))).toBe('closed');
    const another = reduce(saved, { type: 'choose', mode: 'single', fresh: true }, table());
    expect(exitOf(another)).toBe('open');
    expect(exitOf(reduce(another, { type: 'lingered' }, table()))).toBe('open');
  });

  it('does not close while the record could not be saved', () => {
    expect(exitOf(play(inWindow, { type: 'done', record }, { type: 'saveFailed', record }))).toBe('open');
  });

  it('closes at once after skip, snooze or a pause it asked for, and not when those were refused', () => {
    for (const request of ['break/skip', 'break/snooze', 'pause/start'] as const) {
      expect(exitOf(play(inWindow, { type: 'answered', request, status: due({ phase: 'snoozed' }) }))).toBe('closed');
    }
    // Refused: the status fetched afresh is shown and the window stays.
    expect(exitOf(play(inWindow, { type: 'answered', request: 'status/get', status: due({ snoozesLeft: 0 }) }))).toBe('open');
  });

  it('closes when its break was done or skipped elsewhere, and stays through a snooze from elsewhere', () => {
    expect(exitOf(play(inWindow, { type: 'pushed', status: status({ breakId: 'c-2' }) }))).toBe('closed');
    expect(exitOf(play(inWindow, { type: 'pushed', status: due({ phase: 'snoozed' }) }))).toBe('open');
  });

  it('stays open when opened with no break pending, and while a stretch is under way', () => {
    expect(exitOf(play({ inWindow: true }, { type: 'pushed', status: status({ breakId: 'c-2' }) }))).toBe('open');
    expect(exitOf(play(inWindow, { type: 'start' }, { type: 'pushed', status: status({ breakId: 'c-2' }) }))).toBe('open');
  });

  it('learns of the pending break from a status that comes later', () => {
    const s = play(
      { inWindow: true, ...later },
      { type: 'startupAnswer', status: due({ breakId: 'c-1' }) },
      { type: 'pushed', status: status({ breakId: 'c-2' }) },
    );
    expect(exitOf(s)).toBe('closed');
  });

  it('stays closed once closed', () => {
    const closed = play(inWindow, { type: 'answered', request: 'break/skip', status: status({ breakId: 'c-2' }) });
    expect(exitOf(reduce(closed, { type: 'choose', mode: 'single', fresh: true }, table()))).toBe('closed');
  });
});

describe('popup state: the toolbar popup', () => {
  it('never closes itself', () => {
    const s = play(
      { status: due() },
      { type: 'answered', request: 'break/skip', status: status({ breakId: 'c-2' }) },
      { type: 'done', record },
      { type: 'saved', record, status: status({ breakId: 'c-3' }) },
      { type: 'lingered' },
    );
    expect(s.host).toEqual({ kind: 'toolbar' });
  });
});

describe('popup state: reduce', () => {
  it('does not change the state it is given', () => {
    const t = table();
    const s = play({ status: due() }, { type: 'start' });
    const copy = structuredClone(s);
    for (const e of [
      { type: 'done', record },
      { type: 'pushed', status: status({ breakId: 'c-2' }) },
      { type: 'choose', mode: 'routine', fresh: false },
    ] as PopupEvent[])
      reduce(s, e, t);
    expect(s).toEqual(copy);
  });
});
