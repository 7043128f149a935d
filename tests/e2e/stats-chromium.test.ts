// The stats page in real Chromium, on history written through the real IndexedDB code (the
// driver page of a test copy of the extension): the week chart draws the right bars, the numbers
// at a glance match, and it looks right in light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumRun } from './support/chromium';
import { axeViolations } from './support/axe';
import { buildTestExtension } from '../fixtures/e2e/build-test-extension';
import type { HistoryEvent } from '../../src/core/history/event';

let run: ChromiumRun;
beforeAll(async () => {
  run = await launchChromium({ extensionDir: await buildTestExtension() });
});
afterAll(async () => {
  await run?.close();
});

const stretchIds = ['chair-twist', 'eagle-arms', 'chin-to-chest', 'cross-body-shoulder', 'modified-downward-dog'];
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

async function statsPage(): Promise<Page> {
  const page = await run.openPage('stats.html');
  await page.locator('[data-chart="week"] svg').waitFor();
  return page;
}

describe('stats page', () => {
  it('draws the week chart from the stored history', async () => {
    const driver = await run.openPage('driver.html');
    const now = await driver.evaluate(() => Date.now());
    const backend = await driver.evaluate((events) => (globalThis as any).driver.append(events), week(now));
    expect(backend).toBe('indexeddb');
    await driver.close();

    const page = await statsPage();
    const bars = await page.locator('[data-chart="week"] g.day').evaluateAll((days) =>
      days.map((d) => ({
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
    expect(await page.locator('#tile-today + .big strong').innerText()).toBe('3');
    expect(await page.locator('[data-chart="active"] rect.bar').count()).toBe(7);
    expect(await page.locator('.top-list li').count()).toBe(5);
    await page.setViewportSize({ width: 1000, height: 1400 });
    await run.screenshot(page, 'stats-light');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    expect(run.consoleErrors).toEqual([]);
  });

  it('follows a dark system theme', async () => {
    const page = await run.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(run.url('stats.html'));
    await page.locator('[data-chart="week"] svg').waitFor();
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(16, 21, 20)');
    await page.setViewportSize({ width: 1000, height: 1400 });
    await run.screenshot(page, 'stats-dark');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
