// The options page in real Chromium and Firefox ESR: a change is stored in storage.sync, survives
// a reopen and reaches the running background; a bad settings file changes nothing; every
// command has a key; the history opens in IndexedDB (no fallback notice) so the stats page draws
// its charts. Firefox also records a shortcut; Chromium photographs the page in light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NOTICES_KEY, SETTINGS_KEY } from '../../src/storage/keys';
import { axeViolations } from './support/axe';
import type { chromiumPage } from './support/driver-chromium';
import type { firefoxPage } from './support/driver-firefox';
import type { ElementHandle } from 'puppeteer-core';
import { browsers, launch, type Run } from './support/driver';

const INTERVAL = '#f-breakIntervalMin';

describe.each(browsers)('options page (%s)', (name) => {
  let run: Run;
  beforeAll(async () => {
    run = await launch(name);
  });
  afterAll(async () => {
    await run?.close();
  });

  const options = async () => {
    const page = await run.openPage('options.html');
    await page.waitForSelector(INTERVAL);
    return page;
  };
  const storedSettings = () => run.storageGet<Record<string, unknown>>('sync', SETTINGS_KEY);

  it('keeps a change across a reopen and the background applies it at once', async () => {
    const page = await options();
    // Cleared key by key: Firefox does not reliably select the text of a number field on a
    // triple click or select(), and typing would then add to "30".
    await page.evaluate((sel) => document.querySelector<HTMLInputElement>(sel)!.focus(), INTERVAL);
    await page.press('End');
    for (let i = 0; i < 4; i++) await page.press('Backspace');
    for (const key of '12') await page.press(key);
    await page.press('Enter');
    await page.waitFor(() => document.querySelector('.save-state')?.classList.contains('saved'));
    expect((await storedSettings())?.breakIntervalMin).toBe(12);
    await page.close();

    const again = await options();
    expect(await again.evaluate((sel) => document.querySelector<HTMLInputElement>(sel)!.value, INTERVAL)).toBe('12');
    if (name === 'firefox') await again.screenshot('options-firefox');
    // The background counts toward the new interval without a restart: the next break is at
    // most 12 active minutes away (the default is 30).
    const status = await again.send('status/get');
    expect(status.remainingMs).toBeGreaterThan(0);
    expect(status.remainingMs).toBeLessThanOrEqual(12 * 60_000);
    await again.close();
  });

  it('refuses a bad settings file with the reasons, and changes nothing', async () => {
    const page = await options();
    const before = await storedSettings();
    const dir = mkdtempSync(join(tmpdir(), 'unhunch-import-'));
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        app: 'unhunch',
        kind: 'settings',
        schemaVersion: 2,
        settings: { breakIntervalMin: 9999, theme: 'blue', sneaky: true },
      }),
    );
    const input = '[data-testid="import-file"]';
    if (name === 'chromium') await (page as ReturnType<typeof chromiumPage>).page.setInputFiles(input, file);
    else await ((await (page as ReturnType<typeof firefoxPage>).page.$(input)) as ElementHandle<HTMLInputElement>).uploadFile(file);
    await page.waitForSelector('[role="alert"]');
    const text = await page.evaluate(() => document.querySelector<HTMLElement>('[role="alert"]')!.innerText);
    expect(text).toContain('Nothing was changed');
    expect(text).toContain('Break every: Choose a number from 1 to 240.');
    expect(text).toContain('Unknown setting "sneaky".');
    expect(await storedSettings()).toEqual(before);
    await page.close();
  });

  it('gives every command a key (Chrome leaves a suggested key it owns itself unassigned)', async () => {
    // Alt+Shift+B and Alt+Shift+P, the first defaults, came out "Not set" in Chromium 156.
    const page = await options();
    const commands = await page.evaluate(async () => (await browser.commands.getAll()).map((c) => `${c.name}=${c.shortcut ?? ''}`));
    expect(commands).toHaveLength(3);
    for (const c of commands) expect(c).toMatch(/=\S+/);
    await page.waitForSelector('#shortcuts kbd');
    expect(await page.count('#shortcuts kbd.unset')).toBe(0);
    await page.close();
  });

  // Firefox only: Chrome lets no extension change its shortcuts (no commands.update), so its
  // options page links to chrome://extensions/shortcuts instead of recording keys.
  if (name === 'firefox')
    it('focuses the shortcut field on each "Change", so keys and Escape work without a click', async () => {
      const ext = (await options()) as ReturnType<typeof firefoxPage>;
      const page = ext.page;
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
      await ext.screenshot('options-shortcuts-recording-firefox');
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('KeyJ');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      await page.waitForFunction(() => document.querySelector('.shortcut-message')?.textContent === 'Saved: Alt+Shift+J');
      await ext.screenshot('options-shortcuts-firefox');
      const pause = await page.evaluate(async () => (await browser.commands.getAll()).find((c) => c.name === 'toggle-pause')?.shortcut);
      expect(pause).toBe('Alt+Shift+J');
      await page.close();
    });

  it('opens the history in IndexedDB and draws the stats charts at their own width', async () => {
    const page = await run.openPage('stats.html');
    await page.waitForSelector('[data-chart="week"] svg');
    expect(await page.count('[data-chart="week"] g.day')).toBe(7);
    expect(Object.keys((await run.storageGet<object>('local', NOTICES_KEY)) ?? {})).not.toContain('historyFallback');
    if (name === 'firefox') await page.screenshot('stats-firefox');
    // At 420 px the charts are drawn at their own width (ResizeObserver), not shrunk from 640.
    await page.setViewport(420, 1400);
    await page.waitFor(() => [...document.querySelectorAll<SVGSVGElement>('.chart svg')].every((svg) => svg.viewBox.baseVal.width < 420));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    if (name === 'firefox') await page.screenshot('stats-narrow-firefox');
    await page.close();
  });

  // Chromium only: the colour scheme changes per page through DevTools media emulation, and axe
  // runs over DevTools.
  if (name === 'chromium')
    it('looks calm in light and dark, with no accessibility violations', async () => {
      const chromium = run.chromium!;
      for (const scheme of ['light', 'dark'] as const) {
        const page = await chromium.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: 1000, height: 1300 });
        await page.goto(run.url('options.html'));
        await page.getByLabel('Break every').waitFor();
        await chromium.screenshot(page, `options-${scheme}`);
        expect(await axeViolations(page), scheme).toEqual([]);
        await page.evaluate(() => document.getElementById('schedule')!.scrollIntoView({ behavior: 'instant' }));
        await chromium.screenshot(page, `options-${scheme}-schedule`);
        await page.evaluate(() => document.getElementById('stretches')!.scrollIntoView({ behavior: 'instant' }));
        await chromium.screenshot(page, `options-${scheme}-stretches`);
        // Sound & display opens with the pin hint: a fresh install is not pinned.
        await page.locator('#display .pin-hint').waitFor();
        await page.evaluate(() => document.getElementById('display')!.scrollIntoView({ behavior: 'instant' }));
        await chromium.screenshot(page, `options-${scheme}-display`);
        await page.evaluate(() => document.getElementById('data')!.scrollIntoView({ behavior: 'instant' }));
        await chromium.screenshot(page, `options-${scheme}-data`);
        await page.close();
      }
    });

  it('made no console errors', async () => {
    expect(await run.consoleErrors()).toEqual([]);
  });
});
