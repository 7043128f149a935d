// The stats page in real Chromium and Firefox ESR, on history written through the real IndexedDB
// code (the driver page of a test copy of the extension): the week chart draws the right bars,
// the numbers at a glance match, and it looks right in light and dark (the scheme set at launch,
// one launch per scheme).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../src/core/history/event';
import { axeViolations } from './support/axe';
import { browsers, type ExtPage, type Run } from './support/driver';
import { DESK_STRETCHES } from './support/pages';
import { appendHistory, launchTestExtension } from './support/test-extension';

const stretchIds = DESK_STRETCHES.slice(0, 5);
/** Taken, natural and skipped per day, oldest first; today (last) has 3 taken. */
const plan = [
  [4, 1, 0],
  [5, 1, 1],
  [2, 0, 2],
  [4, 1, 0],
  [6, 1, 1],
  [4, 2, 0],
  [3, 1, 1],
] as const;

function week(now: number): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  const today = new Date(now);
  plan.forEach(([taken, natural, skipped], i) => {
    const base = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (6 - i), 9).getTime();
    // Today's events must lie in the past, whatever time of day the test runs.
    const at = (k: number) => Math.min(base + k * 40 * 60_000, now - 1000 - k);
    let k = 0;
    for (let n = 0; n < taken; n++, k++) {
      events.push({
        id: `t-${i}-${n}`,
        at: at(k),
        type: 'taken',
        kind: n % 3 === 2 ? 'routine' : 'posture',
        stretchIds: [stretchIds[(i + n) % stretchIds.length]!],
        durationMs: 75_000,
        completed: n !== 1,
        activeMs: 30 * 60_000,
      });
    }
    for (let n = 0; n < natural; n++, k++)
      events.push({ id: `n-${i}-${n}`, at: at(k), type: 'natural', idleMs: 8 * 60_000, activeMs: 20 * 60_000 });
    for (let n = 0; n < skipped; n++, k++)
      events.push({ id: `s-${i}-${n}`, at: at(k), type: 'skipped', kind: 'posture', activeMs: 30 * 60_000 });
  });
  return events;
}

describe.each(browsers)('stats page (%s)', (name) => {
  for (const scheme of ['light', 'dark'] as const) {
    describe(scheme, () => {
      let run: Run;
      beforeAll(async () => {
        run = await launchTestExtension(name, { colorScheme: scheme });
      });
      afterAll(async () => {
        await run?.close();
      });

      async function statsPage(): Promise<ExtPage> {
        const page = await run.openPage('stats.html', { width: 1000, height: 1400 });
        await page.waitForSelector('[data-chart="week"] svg');
        return page;
      }

      it('draws the week chart from the stored history', async () => {
        expect(await appendHistory(run, week)).toBe('indexeddb');
        const page = await statsPage();
        const bars = await page.evaluate(() =>
          [...document.querySelectorAll('[data-chart="week"] g.day')].map((d) => ({
            taken: d.querySelectorAll('[data-series="taken"]').length,
            natural: d.querySelectorAll('[data-series="natural"]').length,
            skipped: d.querySelectorAll('[data-series="skipped"]').length,
            height: [...d.querySelectorAll('rect')].reduce((sum, r) => sum + Number(r.getAttribute('height')), 0),
          })),
        );
        expect(bars.map((b) => [b.taken, b.natural, b.skipped])).toEqual(plan.map((p) => p.map((v) => (v > 0 ? 1 : 0))));
        // Bar heights follow the totals: the 6+1+1 day is the tallest, the 2+0+2 day the shortest.
        const heights = bars.map((b) => b.height);
        expect(heights.indexOf(Math.max(...heights))).toBe(4);
        expect(heights.indexOf(Math.min(...heights))).toBe(2);
        expect(await page.text('#tile-today + .big strong')).toBe('3');
        expect(await page.count('[data-chart="active"] rect.bar')).toBe(7);
        expect(await page.count('.top-list li')).toBe(5);
        await page.screenshot(`stats-${scheme}${name === 'chromium' ? '' : `-${name}`}`);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
        expect(await run.consoleErrors()).toEqual([]);
      });

      if (scheme === 'dark')
        it('follows a dark system theme', async () => {
          const page = await statsPage();
          expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(16, 21, 20)');
          await page.close();
        });
    });
  }
});
