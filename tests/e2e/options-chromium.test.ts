// The options page in real Chromium: a change is stored in storage.sync, survives a reload and
// reaches the running background; a bad settings file changes nothing; screenshots in light and
// dark for a human to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumRun } from './support/chromium';
import { axeViolations } from './support/axe';

let run: ChromiumRun;
beforeAll(async () => { run = await launchChromium(); });
afterAll(async () => { await run?.close(); });

async function options(): Promise<Page> {
  const page = await run.openPage('options.html');
  await page.getByLabel('Break every').waitFor();
  return page;
}

const storedSettings = (page: Page) => page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown> | undefined);

describe('options page', () => {
  it('keeps a change across a reload and the background applies it at once', async () => {
    const page = await options();
    await page.getByLabel('Break every').fill('12');
    await page.getByLabel('Break every').press('Enter');
    await page.getByText('Saved.', { exact: false }).waitFor();
    expect((await storedSettings(page))?.breakIntervalMin).toBe(12);

    await page.reload();
    await page.getByLabel('Break every').waitFor();
    expect(await page.getByLabel('Break every').inputValue()).toBe('12');

    // The background counts toward the new interval without a restart: the next break is at
    // most 12 active minutes away (the default is 30).
    const status = await page.evaluate(() => chrome.runtime.sendMessage({ unhunch: 1, type: 'status/get' }));
    expect(status?.remainingMs).toBeGreaterThan(0);
    expect(status?.remainingMs).toBeLessThanOrEqual(12 * 60_000);
    await page.close();
  });

  it('refuses a bad settings file with the reasons, and changes nothing', async () => {
    const page = await options();
    const before = await storedSettings(page);
    const dir = mkdtempSync(join(tmpdir(), 'unhunch-import-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ app: 'unhunch', kind: 'settings', schemaVersion: 2, settings: { breakIntervalMin: 9999, theme: 'blue', sneaky: true } }));
    await page.getByTestId('import-file').setInputFiles(file);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('Nothing was changed');
    expect(text).toContain('Break every: Choose a number from 1 to 240.');
    expect(text).toContain('Unknown setting "sneaky".');
    expect(await storedSettings(page)).toEqual(before);
    await page.close();
  });

  it('gives every command a key: Chrome leaves a suggested key it owns itself unassigned', async () => {
    // Alt+Shift+B and Alt+Shift+P, the first defaults, came out "Not set" in Chromium 156.
    const page = await options();
    const commands = await page.evaluate(async () => (await chrome.commands.getAll()).map((c) => `${c.name}=${c.shortcut ?? ''}`));
    expect(commands).toHaveLength(3);
    for (const c of commands) expect(c).toMatch(/=\S+/);
    await page.locator('#shortcuts kbd').first().waitFor();
    expect(await page.locator('#shortcuts kbd.unset').count()).toBe(0);
    await page.close();
  });

  it('looks calm in light and dark, with no accessibility violations', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await run.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1000, height: 1300 });
      await page.goto(run.url('options.html'));
      await page.getByLabel('Break every').waitFor();
      await run.screenshot(page, `options-${scheme}`);
      expect(await axeViolations(page), scheme).toEqual([]);
      await page.evaluate(() => document.getElementById('schedule')!.scrollIntoView({ behavior: 'instant' }));
      await run.screenshot(page, `options-${scheme}-schedule`);
      await page.evaluate(() => document.getElementById('stretches')!.scrollIntoView({ behavior: 'instant' }));
      await run.screenshot(page, `options-${scheme}-stretches`);
      // Sound & display opens with the pin hint: a fresh install is not pinned.
      await page.locator('#display .pin-hint').waitFor();
      await page.evaluate(() => document.getElementById('display')!.scrollIntoView({ behavior: 'instant' }));
      await run.screenshot(page, `options-${scheme}-display`);
      await page.evaluate(() => document.getElementById('data')!.scrollIntoView({ behavior: 'instant' }));
      await run.screenshot(page, `options-${scheme}-data`);
      await page.close();
    }
    expect(run.consoleErrors).toEqual([]);
  });
});
