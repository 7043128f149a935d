// The popup's short lines must be readable whole in real Chromium: the status line while snoozed
// (Skip and Pause beside it used to cut it to "Snoozed until 10:35…") and the body-areas line
// ("Backs of the legs, Spine, Upp…", with no way to read the rest), in English and in French,
// whose words run longer. Screenshots of the snoozed popup in light and dark.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { SHUFFLE_KEY } from '../../src/storage/keys';
import { launchChromium, type ChromiumRun } from './support/chromium';
import { envelope } from './support/driver';
import { bagOffering } from './support/pages';

const runs: ChromiumRun[] = [];
afterAll(async () => {
  for (const r of runs) await r.close();
});

/**
 * Buttons of the card that stick out of it, or whose label overflows the button (a label set in
 * one line is wider than the button can be). Each as its text, so a failure names it.
 */
const overhanging = (page: Page) =>
  page.$$eval('.card button', (buttons) =>
    buttons
      .filter((b) => {
        const card = b.closest('.card')!.getBoundingClientRect();
        const r = b.getBoundingClientRect();
        return r.left < card.left - 0.5 || r.right > card.right + 0.5 || b.scrollWidth > b.clientWidth + 1;
      })
      .map((b) => b.textContent),
  );

/** Text that overflows its box (cut by an ellipsis, a line clamp or overflow: hidden). */
const cut = (page: Page, selector: string) =>
  page.$eval(selector, (el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);

async function snoozedPopup(run: ChromiumRun, scheme: 'light' | 'dark', stretch: string): Promise<Page> {
  const page = await run.openPage('popup.html');
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 360, height: 560 });
  await page.evaluate(
    async ([key, bag, get, now, snooze]) => {
      await chrome.storage.local.set({ [key]: bag });
      // Idempotent across the two colour schemes: a break already snoozed stays snoozed.
      const status = (await chrome.runtime.sendMessage(get)) as { phase: string };
      if (status.phase !== 'snoozed') {
        await chrome.runtime.sendMessage(now);
        await chrome.runtime.sendMessage(snooze);
      }
    },
    [SHUFFLE_KEY, bagOffering(stretch), envelope('status/get'), envelope('break/now'), envelope('break/snooze')] as const,
  );
  await page.reload();
  await page.locator('.statusbar[data-phase="snoozed"]').waitFor();
  await page.locator('[data-figure="standing-forward-fold"]').waitFor();
  return page;
}

describe('popup lines that must be read whole (Chromium)', () => {
  it('shows the whole snoozed status and the whole body-areas line, in English', async () => {
    const run = await launchChromium();
    runs.push(run);
    for (const scheme of ['light', 'dark'] as const) {
      const page = await snoozedPopup(run, scheme, 'standing-forward-fold');
      expect(await page.locator('.status-text').textContent()).toMatch(/^Snoozed until \d/);
      expect(await page.locator('[data-action="skip"]').isVisible()).toBe(true);
      expect(await cut(page, '.status-text')).toBe(false);
      expect(await page.locator('.areas').textContent()).toBe('Backs of the legs, Spine, Upper back');
      expect(await cut(page, '.areas')).toBe(false);
      expect(await overhanging(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(560);
      await run.screenshot(page, `popup-snoozed-${scheme}`);
      expect(await axeViolations(page), scheme).toEqual([]);
      await page.close();
    }
    expect(run.consoleErrors).toEqual([]);
  });

  it('shows them whole in French too', async () => {
    const run = await launchChromium({ lang: 'fr' });
    runs.push(run);
    const page = await snoozedPopup(run, 'light', 'standing-forward-fold');
    expect(await page.locator('.status-text').textContent()).toMatch(/^Pause reportée jusqu’à \d/);
    expect(await cut(page, '.status-text')).toBe(false);
    expect(await cut(page, '.areas')).toBe(false);
    await run.screenshot(page, 'popup-snoozed-fr');
    // "Un autre étirement" beside "Commencer" used to run past the card's edge.
    expect(await page.locator('[data-action="another"]').textContent()).toBe('Un autre étirement');
    expect(await overhanging(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(560);
    await page.close();
    expect(run.consoleErrors).toEqual([]);
  });
});
