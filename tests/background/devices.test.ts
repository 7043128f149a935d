// The background shares this device's days through storage.sync and follows an organisation's
// policy, on fakes that behave like the browser (the sync fake enforces the real quotas).
import { describe, expect, it } from 'vitest';
import { decodeSummary } from '../../src/core/devices/encoding';
import { DEVICE_ALARM } from '../../src/background/device-publisher';
import { MIN, T0, World } from './support/world';

const record = { stretchIds: ['chin-tuck'], durationMs: 60_000, completed: true };

function shared(w: World) {
  const read = decodeSummary('thisdevice', w.sync.data.get('device.thisdevice'));
  return read.ok ? read.summary : null;
}

async function takeBreak(w: World) {
  await w.advanceTo(w.breakAlarm()!);
  await w.send('break/done', record);
  await w.flush();
}

describe('sharing this device with the others', () => {
  it('shares today after a break is taken, under its own key', async () => {
    const w = new World();
    await w.startWorker();
    await takeBreak(w);
    const s = shared(w);
    expect(s?.days).toEqual([expect.objectContaining({ taken: 1, stretches: { 'chin-tuck': 1 } })]);
  });

  it('holds back other changes that come soon after, and writes them when the alarm wakes the worker', async () => {
    const w = new World();
    await w.startWorker();
    await takeBreak(w);
    w.now += 10_000;
    await w.send('break/now');
    await w.send('break/skip');
    await w.flush();
    expect(shared(w)?.days[0]?.skipped).toBe(0);
    const alarm = w.alarms.alarms.get(DEVICE_ALARM);
    expect(alarm).toBeDefined();
    // A fresh worker, as Chrome would start for the alarm.
    await w.restartWorker();
    await w.advanceTo(alarm!.scheduledTime);
    expect(shared(w)?.days[0]).toMatchObject({ taken: 1, skipped: 1 });
  });

  it('keeps reminding as usual when sync refuses every write', async () => {
    const w = new World();
    w.sync.failWith = new Error('Please set webextensions.storage.sync.enabled to true in about:config');
    await w.startWorker();
    await takeBreak(w);
    await w.advance(30 * MIN);
    expect(w.notifications.shown.size).toBe(1);
    expect((await w.devices.read()).shared).toBe(false);
  });

  it('gives the device its id on install and shares what it has', async () => {
    const w = new World();
    await w.fakeHistory.append({
      id: 'old',
      at: T0 - 24 * 60 * MIN,
      type: 'taken',
      kind: 'posture',
      stretchIds: ['cobra'],
      durationMs: 1000,
      completed: true,
    });
    await w.startWorker();
    w.runtime.fireInstalled('install');
    await w.flush();
    expect((await w.devices.identity()).id).toBe('thisdevice');
    expect(shared(w)?.days).toEqual([expect.objectContaining({ taken: 1, stretches: { cobra: 1 } })]);
  });
});

describe('an organisation policy', () => {
  it('costs nothing on ordinary worker starts: storage.managed is read only at browser start and install', async () => {
    const w = new World();
    await w.startWorker();
    await w.restartWorker();
    await w.advance(45 * MIN);
    expect(w.managed.reads).toBe(0);
    w.runtime.fireStartup();
    await w.flush();
    expect(w.managed.reads).toBe(1);
  });

  it('locks the break interval for the engine once read, and follows a change while running', async () => {
    const w = new World();
    w.managed.set({ defaults: { breakIntervalMin: 45 }, locked: ['breakIntervalMin'] });
    await w.startWorker();
    w.runtime.fireStartup();
    await w.flush();
    expect(w.settings().breakIntervalMin).toBe(45);
    // A saved change cannot undo it.
    await w.saveSettings({ breakIntervalMin: 20 });
    expect(w.settings().breakIntervalMin).toBe(45);
    // The next worker start applies the remembered policy without reading storage.managed.
    const reads = w.managed.reads;
    await w.restartWorker();
    expect(w.settings().breakIntervalMin).toBe(45);
    expect(w.managed.reads).toBe(reads);
    // The administrator lifts it: the person's own value comes back.
    w.managed.set(undefined);
    await w.flush();
    expect(w.settings().breakIntervalMin).toBe(20);
  });
});
