// The optional break chime in real Chromium: the worker has no audio, so when a break comes due
// with the chime on it opens the offscreen document that plays it. Under a libfaketime clock the
// test moves (support/clock.ts): it jumps to two seconds before the 2-minute break is due and the
// clock runs at real speed from there, so the document Chrome closes 30 s after the sound stays
// open 30 s of wall time (at ×60 it was half a second, and a loaded machine's poll missed it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SETTINGS_VERSION } from '../../src/core/settings/schema';
import { SETTINGS_KEY } from '../../src/storage/keys';
import { DIST_CHROME } from './support/browsers';
import { launchChromium, type ChromiumRun } from './support/chromium';
import { Clock } from './support/clock';

let run: ChromiumRun;
let ext: string;
let page: Page;
const clock = new Clock();
beforeAll(async () => {
  // A private copy, so a rebuild of dist/ during the run cannot pull the extension away.
  ext = mkdtempSync(join(tmpdir(), 'unhunch-sound-ext-'));
  cpSync(DIST_CHROME, ext, { recursive: true });
  run = await launchChromium({ clock, extensionDir: ext });
  page = await run.context.newPage();
  await page.goto(run.url('manifest.json'));
});
afterAll(async () => {
  await run?.close();
  rmSync(ext, { recursive: true, force: true });
  clock.dispose();
});

const offscreenDocuments = () =>
  page.evaluate(async () =>
    (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] })).map((c) => c.documentUrl ?? ''),
  );

/** Polls from Node: an async predicate inside waitForFunction would count as true at once. */
async function poll(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Chromium: break chime', () => {
  it('opens no offscreen document while the chime is off (the default)', async () => {
    expect(await offscreenDocuments()).toEqual([]);
  });

  it('plays the chime through an offscreen document when a break comes due with sound on', async () => {
    // Chrome closes the document 30 s after the sound: watch from before the break comes due.
    const seen: string[][] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const docs = await offscreenDocuments();
        if (docs.length) seen.push(docs);
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    try {
      await page.evaluate(
        ([key, version]) =>
          chrome.storage.sync.set({
            [key]: { schemaVersion: version, savedAtMs: Date.now(), soundBreakStart: true, breakIntervalMin: 2 },
          }),
        [SETTINGS_KEY, SETTINGS_VERSION] as const,
      );
      // The 2-minute break's alarm, once the engine took the new interval.
      let dueAt = 0;
      await poll(async () => {
        dueAt = (await page.evaluate(() => chrome.alarms.get('break')))?.scheduledTime ?? 0;
        return dueAt > 0 && dueAt - (await clock.now()) <= 2 * 60_000;
      }, 10_000);
      await clock.set(dueAt - 2_000);
      await poll(async () => (await page.evaluate(() => chrome.notifications.getAll()).then((n) => Object.keys(n).length)) > 0, 20_000);
      await poll(async () => seen.length > 0, 10_000);
    } finally {
      watching = false;
      await watcher;
    }
    // Never more than one document at a time. runtime.getContexts lists only this extension's
    // own contexts, so any offscreen document seen is ours; its URL, where Chrome has filled it
    // in yet (a document being created or closed can list an empty one), is the sound page.
    expect(Math.max(...seen.map((docs) => docs.length))).toBe(1);
    for (const url of seen.map((docs) => docs[0]).filter((u) => u !== '')) expect(url).toMatch(/\/offscreen\.html$/);
    expect(run.consoleErrors).toEqual([]);
  });
});
