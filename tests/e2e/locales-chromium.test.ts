// The popup in other languages, in real Chromium started in that language: translated text
// appears, and every desk stretch still fits the 360 × 560 popup without sideways overflow or
// clipped buttons. Chromium only: Firefox takes an extension's language from its own UI language,
// and this Firefox ESR has no language pack to start in another.
import { describe, it } from 'vitest';
import { launch } from './support/driver';
import { POPUP_SIZE } from './support/pages';
import { loadLocales } from '../../scripts/lib/locales.mjs';
import { ROOT } from './support/browsers';

const locales = loadLocales(`${ROOT}_locales`);
const cases = [
  { lang: 'de', chrome: 'de' },
  { lang: 'ja', chrome: 'ja' },
  { lang: 'pl', chrome: 'pl' },
  { lang: 'pt_BR', chrome: 'pt-BR' },
  { lang: 'nl', chrome: 'nl' },
  // French and the other Romance languages run long: "Un autre étirement" once ran past the card.
  { lang: 'fr', chrome: 'fr' },
  { lang: 'es', chrome: 'es' },
  { lang: 'it', chrome: 'it' },
];

/**
 * Two browsers at a time: each language needs a browser launched in it, the checks below are
 * layouts with no timing in them, and a launch mostly waits; more than two would starve 2 cores.
 */
const slots = { free: 2, waiting: [] as (() => void)[] };
async function inSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (slots.free === 0) await new Promise<void>((resolve) => slots.waiting.push(resolve));
  else slots.free -= 1;
  try {
    return await fn();
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else slots.free += 1;
  }
}

describe.concurrent('popup in other languages (Chromium)', () => {
  for (const { lang, chrome } of cases) {
    it(`${lang}: translated, and every desk stretch fits`, ({ expect }) =>
      inSlot(async () => {
        const run = await launch('chromium', { lang: chrome });
        try {
          const page = await run.openPage('popup.html', POPUP_SIZE);
          await page.waitForSelector('h1');
          const body = await page.evaluate(() => document.body.innerText);
          // A label from this language's popup file shows up, so the locale was picked.
          const popupMessages = Object.values(locales.get(lang)!).map((m) => m.message);
          expect(popupMessages.some((m) => m.length > 3 && !m.includes('$') && body.includes(m))).toBe(true);
          expect(body).not.toMatch(/Next break in|Another stretch/);

          const seen = new Set<string>();
          for (let i = 0; i < 7; i++) {
            const name = (await page.text('h1')) ?? '';
            seen.add(name);
            const layout = await page.evaluate(() => ({
              width: document.documentElement.scrollWidth,
              height: document.documentElement.scrollHeight,
              clipped: [...document.querySelectorAll<HTMLElement>('button')]
                .filter((b) => b.offsetParent && b.scrollWidth > b.clientWidth + 1)
                .map((b) => b.textContent),
              // A button of the card reaching past the card's edge.
              overhanging: [...document.querySelectorAll('.card button')]
                .filter((b) => {
                  const card = b.closest('.card')!.getBoundingClientRect();
                  const r = b.getBoundingClientRect();
                  return r.left < card.left - 0.5 || r.right > card.right + 0.5;
                })
                .map((b) => b.textContent),
              // Footer links are one line each; a wrapped one looks broken.
              wrapped: [...document.querySelectorAll<HTMLElement>('.foot .link')]
                .filter((b) => b.offsetHeight > 32)
                .map((b) => b.textContent),
            }));
            expect(layout, `${lang}: ${name}`).toEqual({ width: 360, height: 560, clipped: [], overhanging: [], wrapped: [] });
            if (i === 0) await page.screenshot(`locale-${lang}-card`);
            await page.click('[data-action="another"]');
            await page.waitFor((shown) => document.querySelector('h1')?.textContent !== shown, name);
          }
          expect(seen.size).toBe(7);
          expect(await run.consoleErrors()).toEqual([]);
        } finally {
          await run.close();
        }
      }));
  }
});
