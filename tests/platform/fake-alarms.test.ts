// The fake alarms behave like the browser's, since the background tests lean on them.
import { describe, expect, it } from 'vitest';
import { FakeAlarms } from '../../src/platform/fakes/alarms';

describe('FakeAlarms', () => {
  it('replaces by name, fires one-shot alarms once and repeating ones again after their period', async () => {
    const alarms = new FakeAlarms();
    const fired: [string, number][] = [];
    alarms.onAlarm((a) => fired.push([a.name, a.scheduledTime]));
    await alarms.create('once', { when: 1_000 });
    await alarms.create('once', { when: 2_000 });
    await alarms.create('repeat', { when: 1_000, periodInMinutes: 1 });
    alarms.trigger('repeat');
    alarms.trigger('once');
    expect(fired).toEqual([
      ['repeat', 1_000],
      ['once', 2_000],
    ]);
    expect(await alarms.get('once')).toBeUndefined();
    expect(await alarms.get('repeat')).toEqual({ name: 'repeat', scheduledTime: 61_000, periodInMinutes: 1 });
  });

  it('fires late after a sleep with the time it was due, and repeats from the wake', async () => {
    const alarms = new FakeAlarms();
    const fired: number[] = [];
    alarms.onAlarm((a) => fired.push(a.scheduledTime));
    await alarms.create('beat', { when: 1_000, periodInMinutes: 5 });
    alarms.trigger('beat', 3_600_000);
    expect(fired).toEqual([1_000]);
    expect((await alarms.get('beat'))?.scheduledTime).toBe(3_600_000 + 300_000);
  });

  it('can lose an event: the alarm moves on, no listener hears it', async () => {
    const alarms = new FakeAlarms();
    let heard = 0;
    alarms.onAlarm(() => heard++);
    await alarms.create('break', { when: 5_000 });
    alarms.lose('break');
    expect(heard).toBe(0);
    expect(await alarms.get('break')).toBeUndefined();
  });

  it('hands out copies, as the browser does', async () => {
    const alarms = new FakeAlarms();
    await alarms.create('a', { when: 1 });
    const got = await alarms.get('a');
    got!.scheduledTime = 99;
    expect((await alarms.get('a'))?.scheduledTime).toBe(1);
  });
});
