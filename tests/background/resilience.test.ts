// History, storage and settings trouble never stop the scheduler; settings apply at once.
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../src/core/history/event';
import { FakeHistoryStore } from '../../src/storage/fakes/history-store';
import { MIN, T0, World } from './support/world';
import { ENGINE_KEY } from '../../src/storage/keys';

class BrokenHistory extends FakeHistoryStore {
  broken = true;
  override async append(event: HistoryEvent): Promise<void> {
    if (this.broken) throw new Error('UnknownError: Internal error opening backing store');
    return super.append(event);
  }
}

class HangingHistory extends FakeHistoryStore {
  override append(): Promise<void> {
    return new Promise(() => undefined);
  }
}

describe('history trouble', () => {
  it('keeps scheduling when history writes fail, and writes the events once it works again', async () => {
    const w = new World();
    const history = new BrokenHistory();
    w.history = history;
    await w.startWorker();
    await w.advance(30 * MIN);
    expect(await w.send('break/done', { stretchIds: [], durationMs: 1000, completed: true })).toMatchObject({
      takenToday: 1,
      remainingMs: 30 * MIN,
    });
    expect(w.notifications.log).toHaveLength(1);
    expect(w.warnings).toContain('history write failed; will retry');
    history.broken = false;
    await w.restartWorker(); // the outbox was saved with the state
    expect([...history.events.values()].map((e) => e.type)).toEqual(['due', 'taken']);
  });

  it('does not wait for ever on a history that hangs', async () => {
    const w = new World();
    w.history = new HangingHistory();
    await w.startWorker();
    const view = await w.send('break/now');
    expect(view.phase).toBe('due');
  }, 10_000);

  it('writes each event once even when the worker is stopped before the outbox is cleared', async () => {
    const w = new World();
    await w.startWorker();
    await w.advance(30 * MIN);
    const record = w.local.data.get(ENGINE_KEY) as { outbox: HistoryEvent[] };
    // A worker stopped between writing history and clearing the outbox leaves it full.
    w.local.data.set(ENGINE_KEY, { ...record, outbox: [...w.fakeHistory.events.values()] });
    await w.restartWorker();
    expect(w.fakeHistory.events.size).toBe(1);
  });
});

describe('worker stopped mid-step', () => {
  it('shows the reminder on the next start when the worker was stopped before showing it', async () => {
    const w = new World();
    await w.startWorker();
    await w.advance(29 * MIN);
    const show = w.notifications.show.bind(w.notifications);
    let stopping = true;
    // The step that made the break due was saved; the worker dies before the reminder is out.
    w.notifications.show = (id, spec) => (stopping ? new Promise<void>(() => undefined) : show(id, spec));
    w.now = T0 + 30 * MIN;
    w.alarms.trigger('break', w.now);
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    expect(w.notifications.log).toHaveLength(0);
    stopping = false;
    w.stopWorker();
    await w.startWorker();
    expect(w.notifications.log).toHaveLength(1);
    await w.restartWorker();
    expect(w.notifications.log).toHaveLength(1); // carried out once, not on every start
  });

  it('marks the badge before it shows the reminder left over, so the two never disagree', async () => {
    const w = new World();
    await w.startWorker();
    await w.advance(29 * MIN);
    const setBadge = w.action.setBadge.bind(w.action);
    let stopping = true;
    // Saved as due, then stopped before the badge (and so the reminder) went out.
    w.action.setBadge = (spec) => (stopping ? new Promise<void>(() => undefined) : setBadge(spec));
    w.now = T0 + 30 * MIN;
    w.alarms.trigger('break', w.now);
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    expect(w.notifications.log).toHaveLength(0);
    stopping = false;
    w.stopWorker();
    const badgeWhenShown: string[] = [];
    const show = w.notifications.show.bind(w.notifications);
    w.notifications.show = (id, spec) => {
      badgeWhenShown.push(w.action.badge.text);
      return show(id, spec);
    };
    await w.startWorker();
    expect(badgeWhenShown).toEqual(['!']);
  });
});

describe('storage trouble', () => {
  it('keeps working in memory when the state cannot be saved', async () => {
    const w = new World();
    w.local.quotaBytes = 0; // storage.local is full: every set() rejects with QUOTA_BYTES
    await w.startWorker();
    await w.advance(30 * MIN);
    expect(w.notifications.log).toHaveLength(1);
    expect(w.warnings).toContain('could not save the engine state');
  });
});

describe('settings changes', () => {
  it('apply at once: a shorter interval moves the alarm', async () => {
    const w = new World();
    await w.startWorker();
    await w.advance(10 * MIN);
    await w.saveSettings({ breakIntervalMin: 20 });
    expect(w.breakAlarm()).toBe(T0 + 20 * MIN);
    expect((await w.send('status/get')).remainingMs).toBe(10 * MIN);
  });

  it('make a break due at once when the new interval is already used up', async () => {
    const w = new World();
    await w.startWorker();
    await w.advance(25 * MIN);
    await w.saveSettings({ breakIntervalMin: 20 });
    expect((await w.send('status/get')).phase).toBe('due');
    expect(w.notifications.log).toHaveLength(1);
  });

  it('change the idle detection interval straight away', async () => {
    const w = new World();
    await w.startWorker();
    await w.saveSettings({ idleDetectionSec: 300 });
    expect(w.idle.detectionIntervalSec).toBe(300);
  });

  it('turn the badge countdown off and on', async () => {
    const w = new World();
    await w.startWorker();
    await w.saveSettings({ badgeCountdown: false });
    expect(w.action.badge.text).toBe('');
    await w.saveSettings({ badgeCountdown: true });
    expect(w.action.badge.text).toBe('30m');
  });

  it('follow focus only when counting only with focus is on', async () => {
    const w = new World();
    await w.startWorker();
    w.windows.setFocused(false);
    await w.flush();
    expect((await w.send('status/get')).phase).toBe('counting');
    await w.saveSettings({ countOnlyWhenFocused: true });
    w.windows.setFocused(true);
    await w.flush();
    w.windows.setFocused(false);
    await w.flush();
    expect((await w.send('status/get')).phase).toBe('idle');
  });

  it('hold a due break while a tab plays audio, and remind right after it stops', async () => {
    const w = new World();
    await w.startWorker();
    w.media.audible = true;
    await w.advance(30 * MIN);
    expect(w.notifications.log).toHaveLength(0);
    await w.advance(5 * MIN);
    w.media.audible = false;
    await w.advance(MIN);
    expect(w.notifications.log).toHaveLength(1);
  });
});
