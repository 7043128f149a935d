// Stats across devices in real Chromium and Firefox ESR: a break taken here is shared in
// storage.sync by the real background, a second device's summary written there shows up merged
// with this device's, one device can be picked alone, and another device can be forgotten. In
// Firefox also a dark system theme and an organisation's policy: Firefox reads storage.managed
// from ~/.mozilla/managed-storage/<add-on id>.json, so the test gives its Firefox a home folder of
// its own (a temporary folder), and nothing outside it changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeSummary } from '../../src/core/devices/encoding';
import { DEVICE_KEY_PREFIX } from '../../src/storage/keys';
import { GECKO_ID } from '../../scripts/lib/manifest-transform.mjs';
import { axeViolations } from './support/axe';
import { browserToday, deviceKeys, OTHER_ID, OTHER_KEY, syncItems, takeBreak, writeOtherDevice } from './support/devices';
import type { chromiumPage } from './support/driver-chromium';
import { browsers, launch, runsIn, until, type ExtPage, type Run } from './support/driver';

const todayCount = (page: ExtPage) => page.text('#tile-today + .big strong');
const countIs = (page: ExtPage, n: string, what: string) =>
  until(
    what,
    () => todayCount(page),
    (v) => v === n,
  );

describe.each(browsers)('stats across devices (%s)', (name) => {
  let run: Run;
  beforeAll(async () => {
    run = await launch(name);
  });
  afterAll(async () => {
    await run?.close();
  });

  it('shares this device and merges a second one, all together and one at a time', async () => {
    const page = await run.openPage('stats.html');
    await takeBreak(run);
    // The background shares a break taken at once, under this device's own key.
    const items = await until(
      'this device in storage.sync',
      () => syncItems(run),
      (all) => deviceKeys(all).length === 1,
    );
    const ownKey = deviceKeys(items)[0]!;
    const own = decodeSummary(ownKey.slice(DEVICE_KEY_PREFIX.length), items[ownKey]);
    expect(own.ok && own.summary.days.map((d) => d.taken)).toEqual([1]);

    await writeOtherDevice(run, await browserToday(page));
    await page.goto(null, '#device-select');
    await page.waitForSelector('[data-chart="week"] svg');
    expect(await page.evaluate(() => (document.querySelector('#device-select') as HTMLSelectElement).value)).toBe('all');
    expect(
      await page.evaluate(() => [...(document.querySelector('#device-select') as HTMLSelectElement).options].map((o) => o.textContent)),
    ).toEqual(['All devices (2)', 'This device', 'Office desktop']);
    await countIs(page, '4', 'both devices');
    await page.setViewport(1000, 1400);
    await page.screenshot(`devices-stats-${name}-light`);
    // Chromium only: axe runs over DevTools.
    if (name === 'chromium') expect(await axeViolations((page as ReturnType<typeof chromiumPage>).page)).toEqual([]);

    await page.select('#device-select', OTHER_ID);
    await countIs(page, '3', 'the desk alone');
    await page.waitFor(() => [...document.querySelectorAll('main *')].some((e) => /^Last shared /.test(e.textContent ?? '')));
    if (name === 'chromium') await page.screenshot('devices-stats-chromium-one-device');
    await page.select('#device-select', own.ok ? own.summary.id : '');
    await countIs(page, '1', 'this device alone');

    // Chromium only: dark by media emulation on the same page (Firefox's dark run is below).
    if (name === 'chromium') {
      await (page as ReturnType<typeof chromiumPage>).page.emulateMedia({ colorScheme: 'dark' });
      await page.select('#device-select', 'all');
      await countIs(page, '4', 'both devices, dark');
      await page.screenshot('devices-stats-chromium-dark');
    }
    await page.close();
  });

  it('forgets the other device: its summary leaves sync and its breaks leave the stats', async () => {
    const page = await run.openPage('stats.html');
    await page.waitForSelector('[data-chart="week"] svg');
    await page.select('#device-select', OTHER_ID);
    await page.click('.devices-forget button');
    await page.waitForSelector('[role="alertdialog"] .danger-button');
    expect(await page.text('[role="alertdialog"] .danger-button')).toBe('Forget this device');
    await page.click('[role="alertdialog"] .danger-button');
    await until(
      'the desk to be forgotten',
      async () => OTHER_KEY in (await syncItems(run)),
      (v) => v === false,
    );
    await countIs(page, '1', 'the stats without the desk');
    expect(await page.count('#device-select')).toBe(0);
    await page.close();
    expect(await run.consoleErrors()).toEqual([]);
  });
});

// Firefox only: Firefox takes its colour scheme at launch (Chromium's dark stats are photographed
// by media emulation above).
if (runsIn('firefox'))
  describe('stats across devices (firefox, dark)', () => {
    it('looks right in a dark system theme', async () => {
      const run = await launch('firefox', { colorScheme: 'dark' });
      try {
        const page = await run.openPage('stats.html');
        await takeBreak(run);
        await writeOtherDevice(run, await browserToday(page));
        await page.goto(null, '#device-select');
        await countIs(page, '4', 'both devices');
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(16, 21, 20)');
        await page.setViewport(1000, 1400);
        await page.screenshot('devices-stats-firefox-dark');
      } finally {
        await run.close();
      }
    });
  });

// Firefox only: Chromium reads storage.managed only from enterprise policy files under /etc,
// which a test must not write; Firefox reads it from the home folder this test gives it.
if (runsIn('firefox'))
  describe('a policy from the organisation (firefox, real storage.managed)', () => {
    const home = mkdtempSync(join(tmpdir(), 'unhunch-ff-home-'));
    afterAll(() => rmSync(home, { recursive: true, force: true }));
    mkdirSync(join(home, '.mozilla', 'managed-storage'), { recursive: true });
    writeFileSync(
      join(home, '.mozilla', 'managed-storage', `${GECKO_ID}.json`),
      JSON.stringify({
        name: GECKO_ID,
        description: 'Unhunch policy for the e2e test',
        type: 'storage',
        // 'nope' is no setting: left out, and listed on the options page for whoever wrote the policy.
        data: { defaults: { breakIntervalMin: 45, dailyGoalBreaks: 6 }, locked: ['breakIntervalMin', 'soundBreakStart', 'nope'] },
      }),
    );

    for (const scheme of ['light', 'dark'] as const) {
      it(`shows the locked settings disabled in the options (${scheme})`, async () => {
        const run = await launch('firefox', { home, colorScheme: scheme });
        try {
          const page = await run.openPage('options.html');
          const field = (id: string) =>
            page.evaluate((sel) => {
              const e = document.querySelector<HTMLInputElement>(sel)!;
              return [e.value, e.disabled] as const;
            }, id);
          await until(
            'the interval to be locked',
            () => field('#f-breakIntervalMin'),
            (v) => v[1],
          );
          expect(await field('#f-breakIntervalMin')).toEqual(['45', true]);
          expect(await field('#f-dailyGoalBreaks')).toEqual(['6', false]);
          expect((await field('#f-soundBreakStart'))[1]).toBe(true);
          expect(await page.evaluate(() => [...document.querySelectorAll('.locked-note')].map((e) => e.textContent))).toEqual([
            'Set by your organisation',
            'Set by your organisation',
          ]);
          await page.waitForSelector('[data-report="policy"] li');
          expect(await page.evaluate(() => [...document.querySelectorAll('[data-report="policy"] li')].map((e) => e.textContent))).toEqual([
            '"locked" names "nope", which is not a setting a policy can lock.',
          ]);
          // The background follows the policy too: the first break comes 45 minutes after start.
          const status = await until(
            'the background to count 45 minutes',
            () => page.send('status/get'),
            (v) => v.remainingMs > 30 * 60_000,
          );
          expect(status.remainingMs).toBeLessThanOrEqual(45 * 60_000);
          await page.screenshot(`organisation-options-firefox-${scheme}`);
          expect(await run.consoleErrors()).toEqual([]);
        } finally {
          await run.close();
        }
      });
    }
  });
