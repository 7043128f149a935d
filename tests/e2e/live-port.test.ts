// The live port in real Chromium and Firefox ESR: a popup left open follows the background when
// a break comes due (issue 15), and a popup closed mid-stretch leaves a partial break in the
// history, seen on the stats page (issue 12).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, type Run } from './support/driver';
import { historyRecords, openPopup } from './support/pages';

describe.each(browsers)('live port (%s)', (name) => {
  let run: Run;
  beforeAll(async () => {
    run = await launch(name);
  });
  afterAll(async () => {
    await run?.close();
  });

  it('shows a break coming due in a popup left open, with Snooze and Skip, at once', async () => {
    const popup = await openPopup(run);
    await popup.waitFor(() => (document.querySelector('.status-text')?.textContent ?? '') !== '');
    expect(await popup.count('[data-action="skip"]')).toBe(0);
    const other = await run.openPage('options.html');
    await other.send('break/now');
    // Well inside the popup's 30-second refresh: the port brought it.
    await popup.waitForSelector('[data-action="snooze"]', { timeout: 5000 });
    expect(await popup.count('[data-action="skip"]')).toBe(1);
    await other.send('break/skip');
    await popup.waitForSelector('[data-action="skip"]', { state: 'detached', timeout: 5000 });
    await other.close();
    await popup.close();
  });

  it('records a stretch closed half-way as a partial break, shown on the stats page', async () => {
    // A stretch paced by breaths (a random card can be the forward fold: one long hold, no
    // "Breathe in" within the wait).
    const popup = await openPopup(run, { current: 'chair-twist' });
    const before = await popup.send('status/get');
    await popup.click('[data-action="primary"]');
    await popup.waitFor(() => document.querySelector('.phase-word')?.textContent === 'Breathe in', undefined, { timeout: 15_000 });
    await popup.close();
    const stats = await run.openPage('stats.html');
    await stats.waitFor((n) => document.querySelector('#tile-today + .big strong')?.textContent === String(n), before.takenToday + 1);
    const taken = (await historyRecords<{ type: string; completed?: boolean; durationMs?: number }>(stats)).filter(
      (e) => e.type === 'taken',
    );
    expect(taken).toHaveLength(1);
    expect(taken[0]!.completed).toBe(false);
    // The lead-in is over: several seconds of stretching were done and counted.
    expect(taken[0]!.durationMs).toBeGreaterThan(3000);
    await stats.close();
    expect(await run.consoleErrors()).toEqual([]);
  });
});
