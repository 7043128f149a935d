// The person's own stretches on the real options page, in Chromium and Firefox ESR: one written
// in the editor is stored; an exported file imported again comes in as a copy, never over the
// stretch it came from; a bad file is refused with its reasons and nothing changes; and the
// editor is photographed in light and dark for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import type { CustomStretch } from '../../src/core/stretches/custom';
import { SETTINGS_VERSION } from '../../src/core/settings/schema';
import { CUSTOM_STRETCHES_KEY } from '../../src/storage/keys';
import type { chromiumPage } from './support/driver-chromium';
import type { firefoxPage } from './support/driver-firefox';
import { browsers, launch, until, type ExtPage, type Run } from './support/driver';
import { setSettings } from './support/pages';

const IMPORT = '[data-testid="custom-import-file"]';
const dir = mkdtempSync(join(tmpdir(), 'unhunch-stretches-'));

/**
 * Clicks a control brought to the middle of the window first: at the top edge, the page's sticky
 * contents bar would cover it and the driver would retry its click for seconds.
 */
async function tap(page: ExtPage, selector: string) {
  await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'center' }), selector);
  await page.click(selector);
}

/** Types text into a control key by key, as a person would. */
async function typeInto(page: ExtPage, selector: string, text: string) {
  await tap(page, selector);
  for (const key of text) await page.press(key);
}

/** Hands a file to the hidden file input, as the browser's file picker would. */
async function chooseFile(page: ExtPage, name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  if (page.browser === 'chromium') await (page as ReturnType<typeof chromiumPage>).page.setInputFiles(IMPORT, file);
  else await ((await (page as ReturnType<typeof firefoxPage>).page.$(IMPORT)) as ElementHandle<HTMLInputElement>).uploadFile(file);
}

describe.each(browsers)('your stretches (%s)', (name) => {
  let run: Run;
  let page: ExtPage;
  beforeAll(async () => {
    // Reduced motion: the page then scrolls at once, so no click waits out a smooth scroll.
    run = await launch(name, { reducedMotion: true });
    page = await run.openPage('options.html', { width: 900, height: 900 });
    await page.waitForSelector('.custom-empty');
  });
  afterAll(async () => {
    await run?.close();
  });
  const stored = async () =>
    (await run.storageGet<{ entries: CustomStretch[] }>('local', CUSTOM_STRETCHES_KEY))?.entries.filter((e) => 'name' in e) ?? [];

  it('saves a stretch written in the editor', async () => {
    await tap(page, '#cs-add');
    await typeInto(page, '#cs-name', 'Wall angels');
    await typeInto(page, '#cs-step0', 'Arms up.');
    await tap(page, 'input[name="cs-position"][value="wall"]');
    await tap(page, 'input[name="cs-figure"][value="modified-downward-dog"]');
    await tap(page, '.custom-editor button[type="submit"]');
    await page.waitForSelector('.custom-row');
    const [saved] = await until('the stretch in storage', stored, (list) => list.length === 1);
    expect(saved).toMatchObject({
      name: 'Wall angels',
      steps: ['Arms up.'],
      position: 'wall',
      deskFriendly: true,
      dose: { kind: 'breaths', count: 5 },
      sides: 'one',
      figure: { stretchId: 'modified-downward-dog', mirrored: false },
    });
    expect(await page.text('.custom-row .custom-name')).toBe('Wall angels');
  });

  it('imports its own export as a copy, next to the one it came from', async () => {
    // The export's text, caught where the page hands it to the browser as a download.
    await page.evaluate(() => {
      const w = window as unknown as { exported?: Promise<string> };
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => {
        w.exported = blob.text();
        return original(blob);
      };
    });
    await tap(page, '.custom-row [data-action="export"]');
    const text = await page.evaluate(() => (window as unknown as { exported: Promise<string> }).exported);
    expect(JSON.parse(text)).toMatchObject({ format: 'unhunch-stretches', version: 1, stretches: [{ name: 'Wall angels' }] });
    await chooseFile(page, 'mine.json', text);
    await page.waitForSelector('[data-report="offer"] [data-copy]');
    expect(await page.count('[data-report="offer"] li')).toBe(1);
    expect(await stored()).toHaveLength(1);
    await tap(page, '[data-action="import-confirm"]');
    const both = await until('the copy in storage', stored, (list) => list.length === 2);
    expect(both.map((s) => s.name)).toEqual(['Wall angels', 'Wall angels']);
    expect(both[1]!.id).not.toBe(both[0]!.id);
    expect(await page.count('.custom-row')).toBe(2);
  });

  it('refuses a bad file with its reasons, and changes nothing', async () => {
    const before = await run.storageGet('local', CUSTOM_STRETCHES_KEY);
    const good = (await stored())[0]!;
    await chooseFile(
      page,
      'bad.json',
      JSON.stringify({
        format: 'unhunch-stretches',
        version: 1,
        stretches: [{ ...good, name: 'x'.repeat(61), figure: { stretchId: 'handstand', mirrored: false }, colour: 'red' }],
      }),
    );
    await page.waitForSelector('[data-report="refused"]');
    const report = await page.evaluate(() => document.querySelector<HTMLElement>('[data-report="refused"]')!.innerText);
    expect(report).toContain('This file was not imported, and nothing was changed');
    expect(report).toContain('Stretch 1: Unhunch does not know the field “colour”.');
    expect(report).toContain('Stretch 1, Name: Use at most 60 characters.');
    expect(report).toContain('Stretch 1, Drawing: There is no drawing by that name.');
    await chooseFile(page, 'newer.json', JSON.stringify({ format: 'unhunch-stretches', version: 2, stretches: [] }));
    await page.waitFor(() => document.querySelector('[data-report="refused"]')?.textContent?.includes('version 1'));
    expect(await run.storageGet('local', CUSTOM_STRETCHES_KEY)).toEqual(before);
    expect(await page.count('.custom-row')).toBe(2);
  });

  it('shows the editor well in light and dark (screenshots)', async () => {
    await page.select('#cs-builtin', 'chair-twist');
    await tap(page, '#cs-copy');
    await tap(page, '#cs-mirrored');
    // Every preview is drawn mirrored, by the drawing itself (StretchArt's `mirrored`).
    await page.waitFor(() => {
      const thumbs = [...document.querySelectorAll('.figure-thumb.art-frame')];
      return thumbs.length === 12 && thumbs.every((el) => el.querySelector('.art[data-mirrored]') !== null);
    });
    const height = await page.evaluate(() => {
      const editor = document.querySelector('#custom')!;
      return Math.ceil(editor.getBoundingClientRect().height) + 110;
    });
    await page.setViewport(900, height);
    // Instantly: the page scrolls smoothly, and a screenshot mid-way would show the wrong part.
    await page.evaluate(() =>
      window.scrollTo({ top: document.querySelector('#custom')!.getBoundingClientRect().top + window.scrollY - 80, behavior: 'instant' }),
    );
    await page.screenshot(`custom-editor-light-${name}`);
    // The page follows its own theme setting at once, in both browsers.
    await setSettings(run, { schemaVersion: SETTINGS_VERSION, savedAtMs: Date.now(), theme: 'dark' });
    await page.waitFor(() => getComputedStyle(document.body).backgroundColor !== 'rgb(246, 245, 241)');
    await page.screenshot(`custom-editor-dark-${name}`);
    expect(await run.consoleErrors()).toEqual([]);
  });
});
