// The walking skeleton in real Firefox ESR: the add-on installs, its event page schedules the
// break alarm (seen through an extension page, since the event page itself is not reachable),
// and the popup renders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxRun } from './support/firefox';

let run: FirefoxRun;
beforeAll(async () => { run = await launchFirefox(); });
afterAll(async () => { await run?.close(); });

describe('Firefox: walking skeleton', () => {
  it('renders the popup and the break alarm exists', async () => {
    const page = await run.openPage('popup.html');
    await run.screenshot(page, 'skeleton-popup-firefox');
    const alarms = await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      for (let i = 0; i < 50; i++) {
        const all = await api.alarms.getAll();
        if (all.some((a) => a.name === 'break')) return all.map((a) => a.name);
        await new Promise((r) => setTimeout(r, 100));
      }
      return await api.alarms.getAll().then((all) => all.map((a) => a.name));
    });
    expect(alarms).toContain('break');
    expect(await page.evaluate(() => document.getElementById('app')!.innerText)).not.toBe('');
    expect(await run.consoleErrorsNow()).toEqual([]);
  });
});
