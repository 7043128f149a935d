// axe-core on every page, in light and dark, plus the keyboard basics: focus starts somewhere
// sensible, moves with Tab and is always visible. In real Chromium and Firefox ESR: each engine
// draws its own focus rings and form controls, and axe judges what was drawn. The colour scheme
// is the browser's at launch (one launch per scheme), the same way in both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { browsers, launch, type ExtPage, type Run } from './support/driver';
import { POPUP_SIZE } from './support/pages';

/** Each page, and what shows that it has drawn all it will (the stats charts come late). */
const pages = {
  'popup.html': '.card',
  'options.html': '#f-breakIntervalMin',
  'stats.html': '[data-chart="week"] svg',
  'welcome.html': 'h1',
} as const;
type Path = keyof typeof pages;
const paths = Object.keys(pages) as Path[];

describe.each(browsers)('accessibility (%s)', (name) => {
  for (const scheme of ['light', 'dark'] as const) {
    describe(scheme, () => {
      let run: Run;
      beforeAll(async () => {
        run = await launch(name, { colorScheme: scheme });
      });
      afterAll(async () => {
        await run?.close();
      });

      const open = async (path: Path): Promise<ExtPage> => {
        const page = await run.openPage(path, path === 'popup.html' ? POPUP_SIZE : undefined);
        await page.waitForSelector(pages[path]);
        return page;
      };

      for (const path of paths) {
        it(`${path}: no axe violations`, async () => {
          const page = await open(path);
          await page.screenshot(`a11y-${path.replace('.html', '')}-${scheme}${name === 'chromium' ? '' : `-${name}`}`);
          expect(await axeViolations(page)).toEqual([]);
          await page.close();
        });
      }

      if (scheme === 'light')
        for (const path of paths) {
          it(`${path}: Tab reaches controls and the focused one is visibly outlined`, async () => {
            const page = await open(path);
            const seen = new Set<string>();
            for (let i = 0; i < 8; i++) {
              await page.press('Tab');
              const focus = await page.evaluate(() => {
                const el = document.activeElement as HTMLElement | null;
                if (!el || el === document.body) return null;
                const style = getComputedStyle(el);
                const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
                const box = style.boxShadow !== 'none';
                const rect = el.getBoundingClientRect();
                return {
                  id: `${el.tagName}:${el.textContent?.slice(0, 30) ?? ''}:${rect.x},${rect.y}`,
                  visible: ring || box,
                  onScreen: rect.width > 0 && rect.height > 0,
                };
              });
              // Past the last control, focus leaves the page: that ends the round.
              if (!focus) break;
              expect(focus.visible, `focus ring on ${focus.id}`).toBe(true);
              expect(focus.onScreen, `focused ${focus.id} is on screen`).toBe(true);
              seen.add(focus.id);
            }
            expect(seen.size).toBeGreaterThan(1);
            await page.close();
          });
        }
    });
  }
});
