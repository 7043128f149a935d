// Every message of the map, answered by the background on fakes, bad requests included.
import { describe, expect, it } from 'vitest';
import { MIN, T0, World } from './support/world';
import { SETTINGS_KEY } from '../../src/storage/keys';

const record = { stretchIds: ['chin-tuck', 'doorway-chest'], durationMs: 95_000, completed: true };

async function dueWorld(): Promise<World> {
  const w = new World();
  await w.startWorker();
  await w.advance(30 * MIN);
  return w;
}

describe('message handlers', () => {
  it('status/get reports the running count without changing anything', async () => {
    const w = new World();
    await w.startWorker();
    w.now += 4 * MIN;
    const writes = w.local.writes;
    expect(await w.send('status/get')).toEqual({
      phase: 'counting',
      remainingMs: 26 * MIN,
      nextBreakAt: T0 + 30 * MIN,
      breakKind: 'posture',
      until: null,
      snoozesLeft: 3,
      takenToday: 0,
      breakId: `${T0}-1`,
    });
    expect(w.local.writes).toBe(writes);
  });

  it('settings/popup answers the few settings the popup needs, validated, fresh from storage', async () => {
    const w = new World();
    await w.startWorker();
    await w.settingsAreas.local.set(SETTINGS_KEY, {
      theme: 'dark',
      breathInhaleSec: 999,
      disabledStretchIds: ['cobra'],
      badgeCountdown: false,
    });
    expect(await w.send('settings/popup')).toEqual({
      theme: 'dark',
      breathInhaleSec: 4,
      breathExhaleSec: 6,
      floorStretchesEnabled: false,
      disabledStretchIds: ['cobra'],
      soundBreath: false,
      spokenCues: false,
      soundVolumePct: 50,
      snoozeMin: 5,
    });
  });

  it('break/snooze moves the reminder by the snooze length', async () => {
    const w = await dueWorld();
    const view = await w.send('break/snooze');
    expect(view).toMatchObject({ phase: 'snoozed', until: T0 + 35 * MIN, snoozesLeft: 2 });
    expect(w.breakAlarm()).toBe(T0 + 35 * MIN);
    expect(w.notifications.shown.size).toBe(0);
    await w.advance(5 * MIN);
    expect(w.notifications.shown.size).toBe(1);
  });

  it('break/snooze refuses with a clear error when nothing is due', async () => {
    const w = new World();
    await w.startWorker();
    await expect(w.send('break/snooze')).rejects.toThrow(/no break is due/);
    expect((await w.send('status/get')).phase).toBe('counting');
  });

  it('break/done logs a taken break, resets the count and returns takenToday', async () => {
    const w = await dueWorld();
    const view = await w.send('break/done', record);
    expect(view).toMatchObject({ phase: 'counting', remainingMs: 30 * MIN, takenToday: 1 });
    const taken = [...w.fakeHistory.events.values()].filter((e) => e.type === 'taken');
    expect(taken).toEqual([
      expect.objectContaining({ kind: 'posture', stretchIds: record.stretchIds, durationMs: 95_000, completed: true }),
    ]);
    expect(w.notifications.shown.size).toBe(0);
    expect(w.action.badge.text).toBe('30m');
  });

  it("break/done keeps the names of the person's own stretches, and only names of stretches in the record", async () => {
    const w = await dueWorld();
    const long = 'x'.repeat(80);
    await w.send('break/done', {
      stretchIds: ['cobra', 'custom-abcdef1234'],
      stretchNames: { 'custom-abcdef1234': long, 'custom-notdone00': 'Elsewhere', cobra: 7 as unknown as string },
      durationMs: 1000,
      completed: true,
    });
    const [taken] = [...w.fakeHistory.events.values()].filter((e) => e.type === 'taken');
    expect(taken).toMatchObject({ stretchNames: { 'custom-abcdef1234': 'x'.repeat(60) } });
  });

  it('break/done refuses a malformed record and logs nothing', async () => {
    const w = await dueWorld();
    await expect(w.send('break/done', { ...record, durationMs: -1 })).rejects.toThrow(/durationMs/);
    await expect(w.send('break/done', { ...record, stretchIds: [3] as unknown as string[] })).rejects.toThrow(/stretchIds/);
    await expect(w.send('break/done', null as never)).rejects.toThrow(/record/);
    expect([...w.fakeHistory.events.values()].map((e) => e.type)).toEqual(['due']);
    expect((await w.send('status/get')).phase).toBe('due');
  });

  it('break/skip logs the skip and starts the next count', async () => {
    const w = await dueWorld();
    expect(await w.send('break/skip')).toMatchObject({ phase: 'counting', remainingMs: 30 * MIN });
    expect([...w.fakeHistory.events.values()].map((e) => e.type)).toEqual(['due', 'skipped']);
  });

  it('break/now makes the break due without a notification', async () => {
    const w = new World();
    await w.startWorker();
    expect(await w.send('break/now')).toMatchObject({ phase: 'due', remainingMs: 0 });
    expect(w.notifications.log).toEqual([]);
    expect(w.action.badge.text).toBe('!');
  });

  it('pause/start and pause/resume hold and release the count', async () => {
    const w = new World();
    await w.startWorker();
    await w.advance(10 * MIN);
    expect(await w.send('pause/start', { until: null })).toMatchObject({ phase: 'paused', until: null });
    expect(w.action.badge).toMatchObject({ text: 'off', title: 'Unhunch: paused until you resume' });
    expect(w.alarms.alarms.size).toBe(0);
    await w.advance(90 * MIN);
    expect(await w.send('pause/resume')).toMatchObject({ phase: 'counting', remainingMs: 20 * MIN });
  });

  it('a timed pause resumes by itself and says when on the badge title', async () => {
    const w = new World();
    await w.startWorker();
    await w.send('pause/start', { until: T0 + 60 * MIN });
    expect(w.action.badge.title).toBe('Unhunch: paused until 11:00 AM');
    await w.advance(60 * MIN);
    expect((await w.send('status/get')).phase).toBe('counting');
  });

  it('pause/start refuses an end in the past or not a number', async () => {
    const w = new World();
    await w.startWorker();
    await expect(w.send('pause/start', { until: T0 - 1 })).rejects.toThrow(/past/);
    await expect(w.send('pause/start', { until: 'soon' as unknown as number })).rejects.toThrow(/epoch ms/);
    expect((await w.send('status/get')).phase).toBe('counting');
  });

  it('handles messages that arrive together one after the other', async () => {
    const w = await dueWorld();
    const [a, b] = await Promise.all([w.send('break/snooze'), w.send('break/snooze')]);
    expect([a.snoozesLeft, b.snoozesLeft]).toEqual([2, 1]);
  });
});
