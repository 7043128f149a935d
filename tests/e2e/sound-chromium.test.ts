// The optional break chime in real Chromium: the worker has no audio, so when a break comes due
// with the chime on it opens the offscreen document that plays it. Under a libfaketime clock the
// test moves (support/clock.ts): it jumps to two seconds before the 2-minute break is due and the
// clock runs at real speed from there, so the document Chrome closes 30 s after the sound stays
// open 30 s of wall time (at ×60 it was half a second, and a loaded machine's poll missed it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SETTINGS_VERSION } from '../../src/core/settings/schema';
import { DIST_CHROME } from './support/browsers';
import { Clock } from './support/clock';
import { launch, until, type Run } from './support/driver';
import { setSettings } from './support/pages';

let run: Run;
let ext: string;
const clock = new Clock();
beforeAll(async () => {
  // A private copy, so a rebuild of dist/ during the run cannot pull the extension away.
  ext = mkdtempSync(join(tmpdir(), 'unhunch-sound-ext-'));
  cpSync(DIST_CHROME, ext, { recursive: true });
  run = await launch('chromium', { clock, extensionDir: ext });
});
afterAll(async () => {
  await run?.close();
  rmSync(ext, { recursive: true, force: true });
  clock.dispose();
});

const offscreenDocuments = async () =>
  (await run.control()).evaluate(async () =>
    (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] })).map((c) => c.documentUrl ?? ''),
  );

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
      await setSettings(run, { schemaVersion: SETTINGS_VERSION, savedAtMs: Date.now(), soundBreakStart: true, breakIntervalMin: 2 });
      // The 2-minute break's alarm, once the engine took the new interval.
      const dueAt = await until(
        'the 2-minute break alarm',
        async () => ({ at: (await run.alarms()).find((a) => a.name === 'break')?.scheduledTime ?? 0, now: await clock.now() }),
        (x) => x.at > 0 && x.at - x.now <= 2 * 60_000,
        10_000,
        100,
      );
      await clock.set(dueAt.at - 2_000);
      await until(
        'the reminder',
        () => run.notifications(),
        (ids) => ids.length > 0,
        20_000,
        100,
      );
      await until(
        'an offscreen document seen',
        async () => seen.length,
        (n) => n > 0,
        10_000,
        100,
      );
    } finally {
      watching = false;
      await watcher;
    }
    // Never more than one document at a time. runtime.getContexts lists only this extension's
    // own contexts, so any offscreen document seen is ours; its URL, where Chrome has filled it
    // in yet (a document being created or closed can list an empty one), is the sound page.
    expect(Math.max(...seen.map((docs) => docs.length))).toBe(1);
    for (const url of seen.map((docs) => docs[0]).filter((u) => u !== '')) expect(url).toMatch(/\/offscreen\.html$/);
    expect(await run.consoleErrors()).toEqual([]);
  });
});
