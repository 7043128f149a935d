// The stats page's layout in real Chromium and Firefox ESR (each engine sets its own text), on a
// light week (the active-time axis in minutes): no chart label falls outside its chart (the
// "10 min" tick used to start left of the SVG and read ".0 min"), the export buttons do not
// touch, and at 420 px wide the charts' text stays readable instead of shrinking with the
// drawing. Screenshots at full and narrow width, light and dark (one launch per scheme).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../src/core/history/event';
import { browsers, type ExtPage, type Run } from './support/driver';
import { appendHistory, launchTestExtension } from './support/test-extension';

/** One or two breaks a day, 5 to 40 active minutes each, so the active axis is in minutes. */
function lightWeek(now: number): HistoryEvent[] {
  const today = new Date(now);
  return [5, 12, 40, 0, 25, 18, 8].flatMap((minutes, i) => {
    if (minutes === 0) return [];
    const at = Math.min(new Date(today.getFullYear(), today.getMonth(), today.getDate() - (6 - i), 10).getTime(), now - 1000 - i);
    return [
      {
        id: `l-${i}`,
        at,
        type: 'taken',
        kind: 'posture',
        stretchIds: ['eagle-arms'],
        durationMs: 60_000,
        completed: true,
        activeMs: minutes * 60_000,
      } satisfies HistoryEvent,
    ];
  });
}

interface Layout {
  outside: string[];
  smallestFontPx: number;
  buttonGaps: number[];
}

/** Labels outside their SVG, the smallest chart text as drawn on screen, gaps between buttons. */
const layout = (page: ExtPage): Promise<Layout> =>
  page.evaluate(() => {
    const outside: string[] = [];
    let smallestFontPx = Infinity;
    for (const svg of document.querySelectorAll<SVGSVGElement>('.chart svg')) {
      const box = svg.getBoundingClientRect();
      const scale = box.width / svg.viewBox.baseVal.width;
      for (const text of svg.querySelectorAll('text')) {
        const r = text.getBoundingClientRect();
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5) outside.push(text.textContent ?? '');
        smallestFontPx = Math.min(smallestFontPx, parseFloat(getComputedStyle(text).fontSize) * scale);
      }
    }
    const buttons = [...document.querySelectorAll('.actions button')].map((b) => b.getBoundingClientRect());
    const buttonGaps = buttons
      .slice(1)
      .map((b, i) => (b.top === buttons[i]!.top ? b.left - buttons[i]!.right : b.top - buttons[i]!.bottom));
    return { outside, smallestFontPx, buttonGaps };
  });

describe.each(browsers)('stats page layout (%s)', (name) => {
  const shot = (what: string) => `stats-${what}${name === 'chromium' ? '' : `-${name}`}`;
  for (const scheme of ['light', 'dark'] as const) {
    describe(scheme, () => {
      let run: Run;
      beforeAll(async () => {
        run = await launchTestExtension(name, { colorScheme: scheme });
        await appendHistory(run, lightWeek);
      });
      afterAll(async () => {
        await run?.close();
      });

      async function statsPage(width: number, height: number): Promise<ExtPage> {
        const page = await run.openPage('stats.html', { width, height });
        await page.waitForSelector('[data-chart="active"] svg');
        return page;
      }

      it('keeps every chart label inside its chart and spaces the export buttons at full width', async () => {
        const page = await statsPage(1000, 1400);
        expect(await page.evaluate(() => [...document.querySelectorAll('[data-chart="active"] text')].map((t) => t.textContent))).toContain(
          '10 min',
        );
        const l = await layout(page);
        expect(l.outside).toEqual([]);
        expect(l.buttonGaps.length).toBeGreaterThan(0);
        for (const gap of l.buttonGaps) expect(gap).toBeGreaterThanOrEqual(6);
        await page.screenshot(shot(`minutes-${scheme}`));
        await page.close();
      });

      it('keeps the charts readable at 420 px wide', async () => {
        const page = await statsPage(420, 1800);
        // The charts are redrawn at their own width once the page knows it (ResizeObserver).
        await page.waitFor(() =>
          [...document.querySelectorAll<SVGSVGElement>('.chart svg')].every((svg) => svg.viewBox.baseVal.width < 420),
        );
        const l = await layout(page);
        expect(l.outside).toEqual([]);
        // 12 px labels drawn at 12 px, not scaled down with a 640-unit drawing (was 6.6 px).
        expect(l.smallestFontPx).toBeGreaterThanOrEqual(11.5);
        await page.screenshot(shot(`narrow-${scheme}`), { fullPage: true });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
        await page.close();
        expect(await run.consoleErrors()).toEqual([]);
      });
    });
  }
});
