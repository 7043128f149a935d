// The popup's short lines must be readable whole, in real Chromium and Firefox ESR (each engine
// sets its own text): the status line while snoozed (Skip and Pause beside it used to cut it to
// "Snoozed until 10:35…") and the body-areas line ("Backs of the legs, Spine, Upp…", with no way
// to read the rest), in English and, in Chromium, in French, whose words run longer. Screenshots
// of the snoozed popup in light and dark (the scheme set at launch, one launch per scheme).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { browsers, type ExtPage, type LaunchOptions, launch, type Run } from './support/driver';
import { openPopup } from './support/pages';

/**
 * Buttons of the card that stick out of it, or whose label overflows the button (a label set in
 * one line is wider than the button can be). Each as its text, so a failure names it.
 */
const overhanging = (page: ExtPage) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.card button')]
      .filter((b) => {
        const card = b.closest('.card')!.getBoundingClientRect();
        const r = b.getBoundingClientRect();
        return r.left < card.left - 0.5 || r.right > card.right + 0.5 || b.scrollWidth > b.clientWidth + 1;
      })
      .map((b) => b.textContent),
  );

/** Text that overflows its box (cut by an ellipsis, a line clamp or overflow: hidden). */
const cut = (page: ExtPage, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    return el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
  }, selector);

const pageHeight = (page: ExtPage) => page.evaluate(() => document.documentElement.scrollHeight);

/** A popup showing the forward fold, its break snoozed. */
async function snoozedPopup(run: Run): Promise<ExtPage> {
  await run.send('break/now');
  await run.send('break/snooze');
  const page = await openPopup(run, { current: 'standing-forward-fold' });
  await page.waitForSelector('.statusbar[data-phase="snoozed"]');
  return page;
}

/** One launch for the describe it is called in. */
function launched(name: Parameters<typeof launch>[0], options: LaunchOptions): () => Run {
  let run: Run;
  beforeAll(async () => {
    run = await launch(name, options);
  });
  afterAll(async () => {
    await run?.close();
  });
  return () => run;
}

describe.each(browsers)('popup lines that must be read whole (%s)', (name) => {
  for (const scheme of ['light', 'dark'] as const) {
    describe(scheme, () => {
      const run = launched(name, { colorScheme: scheme });

      it('shows the whole snoozed status and the whole body-areas line, in English', async () => {
        const page = await snoozedPopup(run());
        // A snooze that ends after midnight names the day ("Tue 12:03 AM"); both begin a word and a time.
        expect(await page.text('.status-text')).toMatch(/^Snoozed until (\p{L}+\.?\u00a0)?\d/u);
        await page.waitForSelector('[data-action="skip"]', { state: 'visible' });
        expect(await cut(page, '.status-text')).toBe(false);
        expect(await page.text('.areas')).toBe('Backs of the legs, Spine, Upper back');
        expect(await cut(page, '.areas')).toBe(false);
        expect(await overhanging(page)).toEqual([]);
        expect(await pageHeight(page)).toBe(560);
        await page.screenshot(`popup-snoozed-${scheme}${name === 'chromium' ? '' : `-${name}`}`);
        expect(await axeViolations(page), scheme).toEqual([]);
        await page.close();
        expect(await run().consoleErrors()).toEqual([]);
      });
    });
  }

  // Chromium only: Firefox takes an extension's language from its own UI language, and this
  // Firefox ESR has no French language pack to start in.
  if (name === 'chromium')
    describe('French', () => {
      const run = launched(name, { lang: 'fr' });

      it('shows them whole in French too', async () => {
        const page = await snoozedPopup(run());
        expect(await page.text('.status-text')).toMatch(/^Pause reportée jusqu’à (\p{L}+\.?\u00a0)?\d/u);
        expect(await cut(page, '.status-text')).toBe(false);
        expect(await cut(page, '.areas')).toBe(false);
        await page.screenshot('popup-snoozed-fr');
        // "Un autre étirement" beside "Commencer" used to run past the card's edge.
        expect(await page.text('[data-action="another"]')).toBe('Un autre étirement');
        expect(await overhanging(page)).toEqual([]);
        expect(await pageHeight(page)).toBe(560);
        await page.close();
        expect(await run().consoleErrors()).toEqual([]);
      });
    });
});
