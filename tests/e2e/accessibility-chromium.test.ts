// axe-core on every page, in light and dark, plus the keyboard basics: focus starts somewhere
// sensible, moves with Tab and is always visible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumRun } from './support/chromium';
import { axeViolations } from './support/axe';

const pages = ['popup.html', 'options.html', 'stats.html', 'welcome.html'];
let run: ChromiumRun;
beforeAll(async () => {
  run = await launchChromium();
});
afterAll(async () => {
  await run?.close();
});

describe('accessibility (Chromium)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of pages) {
      it(`${path} in ${scheme}: no axe violations`, async () => {
        const page = await run.openPage(path);
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'no-preference' });
        if (path === 'popup.html') await page.setViewportSize({ width: 360, height: 560 });
        await page.waitForTimeout(300);
        await run.screenshot(page, `a11y-${path.replace('.html', '')}-${scheme}`);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }

  for (const path of pages) {
    it(`${path}: Tab reaches controls and the focused one is visibly outlined`, async () => {
      const page = await run.openPage(path);
      const seen = new Set<string>();
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
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
        expect(focus!.visible, `focus ring on ${focus!.id}`).toBe(true);
        expect(focus!.onScreen, `focused ${focus!.id} is on screen`).toBe(true);
        seen.add(focus!.id);
      }
      expect(seen.size).toBeGreaterThan(1);
      await page.close();
    });
  }
});
