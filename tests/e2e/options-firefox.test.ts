// Options and stats in real Firefox ESR: settings land in storage.sync and survive a reload, and
// the history opens in IndexedDB (no fallback notice) so the stats page draws its chart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxRun } from './support/firefox';

let run: FirefoxRun;
beforeAll(async () => { run = await launchFirefox(); });
afterAll(async () => { await run?.close(); });

type Api = typeof chrome;

describe('Firefox: options and stats', () => {
  it('saves a change to storage.sync and shows it again after a reload', async () => {
    const page = await run.openPage('options.html');
    await page.waitForSelector('#f-breakIntervalMin');
    // Clear the old value key by key: Firefox does not reliably select the text of a number
    // field on a triple click or select(), and typing would then add to "30".
    await page.focus('#f-breakIntervalMin');
    await page.keyboard.press('End');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('50');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.save-state')?.classList.contains('saved'));
    const stored = await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: Api }).browser;
      return ((await api.storage.sync.get('settings')).settings as { breakIntervalMin: number }).breakIntervalMin;
    });
    expect(stored).toBe(50);
    await page.close();
    // A fresh page (Firefox does not report load events for extension pages, so no reload()).
    const again = await run.openPage('options.html');
    await again.waitForSelector('#f-breakIntervalMin');
    expect(await again.$eval('#f-breakIntervalMin', (el) => (el as HTMLInputElement).value)).toBe('50');
    await run.screenshot(again, 'options-firefox');
    await again.close();
  });

  it('gives every command a key', async () => {
    const page = await run.openPage('options.html');
    const commands = await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: Api }).browser;
      return (await api.commands.getAll()).map((c) => `${c.name}=${c.shortcut ?? ''}`);
    });
    expect(commands).toHaveLength(3);
    for (const c of commands) expect(c).toMatch(/=\S+/);
    await page.close();
  });

  it('focuses the shortcut field on each "Change", so keys and Escape work without a click', async () => {
    const page = await run.openPage('options.html');
    await page.waitForSelector('#shortcuts .shortcut-actions button');
    const focusedField = () => page.evaluate(() => document.activeElement?.classList.contains('shortcut-record') ?? false);
    // First "Change", then Escape: the field closes. The second "Change" used to open with the
    // focus left on the page body (autofocus works once per document).
    await page.click('button[aria-label="Change the shortcut for: Take a stretch break now"]');
    await page.waitForSelector('.shortcut-record');
    expect(await focusedField()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.shortcut-record'));
    await page.click('button[aria-label="Change the shortcut for: Pause or resume reminders"]');
    await page.waitForSelector('.shortcut-record');
    expect(await focusedField()).toBe(true);
    await page.evaluate(() => document.getElementById('shortcuts')!.scrollIntoView({ behavior: 'instant' }));
    await run.screenshot(page, 'options-shortcuts-recording-firefox');
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyJ');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.waitForFunction(() => document.querySelector('.shortcut-message')?.textContent === 'Saved: Alt+Shift+J');
    await run.screenshot(page, 'options-shortcuts-firefox');
    const pause = await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: Api }).browser;
      return (await api.commands.getAll()).find((c) => c.name === 'toggle-pause')?.shortcut;
    });
    expect(pause).toBe('Alt+Shift+J');
    await page.close();
  });

  it('opens the history in IndexedDB and draws the stats chart', async () => {
    const page = await run.openPage('stats.html');
    await page.waitForSelector('[data-chart="week"] svg');
    expect(await page.$$eval('[data-chart="week"] g.day', (days) => days.length)).toBe(7);
    const notices = await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: Api }).browser;
      return Object.keys(((await api.storage.local.get('notices')).notices ?? {}) as object);
    });
    expect(notices).not.toContain('historyFallback');
    await run.screenshot(page, 'stats-firefox');
    // At 420 px the charts are drawn at their own width (ResizeObserver), not shrunk from 640.
    await page.setViewport({ width: 420, height: 1400 });
    await page.waitForFunction(() => [...document.querySelectorAll<SVGSVGElement>('.chart svg')].every((svg) => svg.viewBox.baseVal.width < 420));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    await run.screenshot(page, 'stats-narrow-firefox');
    await page.close();
    expect(await run.consoleErrorsNow()).toEqual([]);
  });
});
