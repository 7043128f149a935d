// Issue 19: an update from an earlier build keeps every setting and the whole history. A build of
// an earlier commit (tests/fixtures/builds/README.md says which, and how it was made) runs in real
// Chromium on a fresh profile: settings are changed in its options page and breaks go through its
// engine. Then the browser closes, the same extension path gets today's build (a higher
// version), and the browser opens again on the same profile and loads it as an update.
// Everything the old build stored must come back through the new one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { DIST_CHROME, ROOT } from './support/browsers';
import { launchChromium, type ChromiumRun } from './support/chromium';
import { DB_NAME } from '../../src/storage/history/schema';
import { SCHEMA_VERSION } from '../../src/core/scheduler/state';

const OLD_BUILD = join(ROOT, 'tests/fixtures/builds/unhunch-chrome-0.1.0-bd80742.zip');

async function unzipTo(zipPath: string, dir: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), await entry.async('nodebuffer'));
  }
}

interface Dump {
  version: string;
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
  /** Every IndexedDB record, by store and key. */
  history: Record<string, Record<string, unknown>>;
}

/** All that the extension stored, read from a page that runs no extension code. */
async function dump(page: Page): Promise<Dump> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const history: Record<string, Record<string, unknown>> = {};
    for (const store of Array.from(db.objectStoreNames)) {
      history[store] = await new Promise((resolve, reject) => {
        const tx = db.transaction(store);
        const records: Record<string, unknown> = {};
        const req = tx.objectStore(store).openCursor();
        req.onsuccess = () => {
          const cursor = req.result;
          if (!cursor) return resolve(records);
          records[JSON.stringify(cursor.key)] = cursor.value;
          cursor.continue();
        };
        req.onerror = () => reject(req.error);
      });
    }
    db.close();
    return {
      version: chrome.runtime.getManifest().version,
      sync: await chrome.storage.sync.get(null),
      local: await chrome.storage.local.get(null),
      history,
    };
  }, DB_NAME);
}

describe('Chromium: an update from an earlier build keeps settings and history', () => {
  let ext: string;
  let profile: string;
  let run: ChromiumRun | null = null;

  beforeAll(async () => {
    ext = mkdtempSync(join(tmpdir(), 'unhunch-update-ext-'));
    profile = mkdtempSync(join(tmpdir(), 'unhunch-update-profile-'));
    await unzipTo(OLD_BUILD, ext);
  });
  afterAll(async () => {
    await run?.close();
    rmSync(ext, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('keeps every setting and every history record, shown by the new pages', async () => {
    run = await launchChromium({ extensionDir: ext, profileDir: profile });
    const options = await run.openPage('options.html');
    await options.getByLabel('Snooze for').fill('7');
    await options.getByLabel('Snooze for').press('Enter');
    await options.getByText('Saved.', { exact: false }).waitFor();
    await options.getByLabel('Show minutes to the next break on the toolbar icon').uncheck();
    await options.getByText('Saved.', { exact: false }).waitFor();
    await options.close();

    const page = await run.context.newPage();
    await page.goto(run.url('manifest.json'));
    // Breaks through the old engine: one done, one skipped, one pause and resume.
    await page.evaluate(async () => {
      const send = (type: string, payload?: unknown) => chrome.runtime.sendMessage({ unhunch: 1, type, payload });
      await send('break/now');
      await send('break/done', { stretchIds: ['chair-twist'], durationMs: 60_000, completed: true });
      await send('break/now');
      await send('break/skip');
      await send('pause/start', { until: null });
      await send('pause/resume');
    });
    let before: Dump;
    for (const started = Date.now(); ; await new Promise((r) => setTimeout(r, 200))) {
      before = await dump(page);
      const events = Object.keys(before.history.events ?? {}).length;
      if (events >= 5) break; // due, taken, due, skipped, paused/resumed land a moment later
      if (Date.now() - started > 20_000) throw new Error(`the old build wrote ${events} history events: ${JSON.stringify(before.history)}`);
    }
    expect(before.version).toBe('0.1.0');
    await run.close();

    // Today's build over the old one, at the same path, loaded as Chrome loads an update. A
    // relaunch alone is not one: Chromium then keeps running the old build's cached worker
    // beside the new pages (seen here: the old engine went on writing its version-1 state).
    rmSync(ext, { recursive: true, force: true });
    cpSync(DIST_CHROME, ext, { recursive: true });
    run = await launchChromium({ extensionDir: ext, profileDir: profile, args: ['--enable-unsafe-extension-debugging'] });
    const cdp = await run.context.browser()!.newBrowserCDPSession();
    const updated = run.context.waitForEvent('serviceworker');
    await cdp.send('Extensions.loadUnpacked', { path: ext });
    await cdp.detach();
    await updated;
    const after = await (async () => {
      const p = await run.context.newPage();
      await p.goto(run.url('manifest.json'));
      await p.evaluate(() => chrome.runtime.sendMessage({ unhunch: 1, type: 'status/get' })); // the engine has started
      return dump(p);
    })();
    expect(after.version).not.toBe(before.version);

    // Every setting the old build stored, with its value (a newer build may add settings).
    expect(after.sync.settings).toMatchObject(before.sync.settings as object);
    expect(after.sync.settings).toMatchObject({ snoozeMin: 7, badgeCountdown: false });
    // The whole history: every record of every store, unchanged.
    for (const [store, records] of Object.entries(before.history)) {
      for (const [key, value] of Object.entries(records)) expect(after.history[store]?.[key], `${store} ${key}`).toEqual(value);
    }
    // The engine's state was read through the migration, not thrown away: its cycle goes on, and
    // the next change stores it in today's version.
    const engine = (d: Dump) => (d.local.engine as { state: { schemaVersion: number; cycle: { startedAt: number } } }).state;
    expect(engine(before).schemaVersion).toBe(1);
    expect(engine(after).cycle.startedAt).toBe(engine(before).cycle.startedAt);
    const changed = await (async () => {
      const p = await run.context.newPage();
      await p.goto(run.url('manifest.json'));
      await p.evaluate(() => chrome.runtime.sendMessage({ unhunch: 1, type: 'pause/start', payload: { until: null } }));
      return dump(p);
    })();
    expect(engine(changed).schemaVersion, JSON.stringify(changed.local.engine)).toBe(SCHEMA_VERSION);
    expect(engine(changed).cycle.startedAt).toBe(engine(before).cycle.startedAt);

    // And a person sees them: the new options page shows the old values, the stats page the
    // break taken with the old build.
    const newOptions = await run.openPage('options.html');
    expect(await newOptions.getByLabel('Snooze for').inputValue()).toBe('7');
    expect(await newOptions.getByLabel('Show minutes to the next break on the toolbar icon').isChecked()).toBe(false);
    await newOptions.close();
    const stats = await run.openPage('stats.html');
    await expect.poll(async () => (await stats.locator('main').innerText()).includes('Chair twist'), { timeout: 10_000 }).toBe(true);
    expect(run.consoleErrors).toEqual([]);
  });
});
