// Nudges at a natural pause in real Chromium and Firefox ESR (issue 12). The real
// idle.setDetectionInterval calls are checked through the interval the engine notes in
// storage.session once a call succeeded. Headless Chromium reports the user always active, so
// the pause itself is covered on fakes, and in Firefox, whose headless build does report one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDLE_INTERVAL_KEY } from '../../src/storage/keys';
import { browsers, launch, until, type Run } from './support/driver';
import { historyRecords, setSettings } from './support/pages';

describe.each(browsers)('nudge window (%s)', (name) => {
  let run: Run;
  beforeAll(async () => {
    run = await launch(name);
  });
  afterAll(async () => {
    await run?.close();
  });

  const noted = (seconds: number) =>
    until(
      `the idle interval noted as ${seconds} s`,
      () => run.storageGet<number>('session', IDLE_INTERVAL_KEY),
      (v) => v === seconds,
      10_000,
    );

  it('gives the idle API the short interval inside the window and the usual one after', async () => {
    expect(await noted(60)).toBe(60);
    // A one-minute interval lies wholly inside the default 5-minute window.
    await setSettings(run, { breakIntervalMin: 1, renudgeAfterMin: 0, idleDetectionSec: 600 });
    expect(await noted(20)).toBe(20);
    await run.send('break/now');
    expect(await noted(600)).toBe(600);
    await run.send('break/skip');
    expect(await noted(20)).toBe(20);
    expect(await run.consoleErrors()).toEqual([]);
  });

  // Firefox only: headless Firefox, with no input at all, reports the user idle once the short
  // interval has passed (headless Chromium never does): the pause the window listens for, so
  // the break comes well before its time.
  if (name === 'firefox')
    it('brings the break at the pause headless Firefox reports, and the history says how early', async () => {
      await setSettings(run, { breakIntervalMin: 4, renudgeAfterMin: 0, idleDetectionSec: 600 });
      await run.send('break/now');
      await run.send('break/skip');
      const page = await run.control();
      const due = await until(
        'a due break brought early by the pause',
        async () =>
          (await historyRecords<{ type: string; earlyMs?: number }>(page)).find((e) => e.type === 'due' && e.earlyMs !== undefined),
        (v) => v !== undefined,
        120_000,
        1000,
      );
      expect(due!.earlyMs).toBeGreaterThan(60_000);
    }, 150_000);
});
