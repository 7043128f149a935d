// The stats page's layout in real Chromium, on a light week (the active-time axis in minutes):
// no chart label falls outside its chart (the "10 min" tick used to start left of the SVG and
// read ".0 min"), the export buttons do not touch, and at 420 px wide the charts' text stays
// readable instead of shrinking with the drawing. Screenshots at full and narrow width.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumRun } from './support/chromium';
import { buildTestExtension } from '../fixtures/e2e/build-test-extension';
import type { HistoryEvent } from '../../src/core/history/event';

let run: ChromiumRun;
beforeAll(async () => {
  run = await launchChromium({ extensionDir: await buildTestExtension() });
});
afterAll(async () => {
  await run?.close();
});

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
const layout = (page: Page): Promise<Layout> =>
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

describe('stats page layout', () => {
  it('keeps every chart label inside its chart and spaces the export buttons at full width', async () => {
    const driver = await run.openPage('driver.html');
    const now = await driver.evaluate(() => Date.now());
    await driver.evaluate((events) => (globalThis as any).driver.append(events), lightWeek(now));
    await driver.close();

    for (const scheme of ['light', 'dark'] as const) {
      const page = await run.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1000, height: 1400 });
      await page.goto(run.url('stats.html'));
      await page.locator('[data-chart="active"] svg').waitFor();
      expect(await page.locator('[data-chart="active"] text').evaluateAll((ts) => ts.map((t) => t.textContent))).toContain('10 min');
      const l = await layout(page);
      expect(l.outside).toEqual([]);
      expect(l.buttonGaps.length).toBeGreaterThan(0);
      for (const gap of l.buttonGaps) expect(gap).toBeGreaterThanOrEqual(6);
      await run.screenshot(page, `stats-minutes-${scheme}`);
      await page.close();
    }
  });

  it('keeps the charts readable at 420 px wide', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await run.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 420, height: 1800 });
      await page.goto(run.url('stats.html'));
      await page.locator('[data-chart="active"] svg').waitFor();
      const l = await layout(page);
      expect(l.outside).toEqual([]);
      // 12 px labels drawn at 12 px, not scaled down with a 640-unit drawing (was 6.6 px).
      expect(l.smallestFontPx).toBeGreaterThanOrEqual(11.5);
      await page.screenshot({ path: `${(await import('./support/browsers')).SCREENSHOTS}/stats-narrow-${scheme}.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
      await page.close();
    }
    expect(run.consoleErrors).toEqual([]);
  });
});
