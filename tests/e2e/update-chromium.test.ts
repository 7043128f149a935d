// Issue 19: an update from an earlier build keeps every setting and the whole history. A build of
// an earlier commit (tests/fixtures/builds/README.md says which, and how it was made) runs in real
// Chromium on a fresh profile: settings are changed in its options page and breaks go through its
// engine. Then the browser closes, the same extension path gets today's build (a higher
// version), and the browser opens again on the same profile and loads it as an update.
// Everything the old build stored must come back through the new one. Chromium only: Firefox
// installs a temporary add-on afresh on every start, so it has no update over a kept profile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { DIST_CHROME, ROOT } from './support/browsers';
import { type ExtPage, launch, type Run, until } from './support/driver';
import { DB_NAME, ENGINE_KEY, SETTINGS_KEY } from '../../src/storage/keys';
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
async function dump(page: ExtPage): Promise<Dump> {
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
      version: browser.runtime.getManifest().version,
      sync: await browser.storage.sync.get(null),
      local: await browser.storage.local.get(null),
      history,
    };
  }, DB_NAME);
}

describe('Chromium: an update from an earlier build keeps settings and history', () => {
  let ext: string;
  let profile: string;
  let run: Run | null = null;

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
    run = await launch('chromium', { extensionDir: ext, profileDir: profile });
    const options = await run.openPage('options.html');
    await options.fill('#f-snoozeMin', '7');
    await options.press('Enter');
    await options.click('#f-badgeCountdown');
    await until(
      'both changes saved',
      () => run!.storageGet<{ snoozeMin?: number; badgeCountdown?: boolean }>('sync', SETTINGS_KEY),
      (s) => s?.snoozeMin === 7 && s.badgeCountdown === false,
    );
    await options.close();

    // Breaks through the old engine: one done, one skipped, one pause and resume.
    await run.send('break/now');
    await run.send('break/done', { stretchIds: ['chair-twist'], durationMs: 60_000, completed: true });
    await run.send('break/now');
    await run.send('break/skip');
    await run.send('pause/start', { until: null });
    await run.send('pause/resume');
    const page = await run.control();
    // due, taken, due, skipped, paused/resumed land a moment later
    const before = await until(
      'the old build to write 5 history events',
      () => dump(page),
      (d) => Object.keys(d.history.events ?? {}).length >= 5,
      20_000,
    );
    expect(before.version).toBe('0.1.0');
    await run.close();

    // Today's build over the old one, at the same path, loaded as Chrome loads an update. A
    // relaunch alone is not one: Chromium then keeps running the old build's cached worker
    // beside the new pages (seen here: the old engine went on writing its version-1 state).
    rmSync(ext, { recursive: true, force: true });
    cpSync(DIST_CHROME, ext, { recursive: true });
    run = await launch('chromium', { extensionDir: ext, profileDir: profile, args: ['--enable-unsafe-extension-debugging'] });
    // Chromium's own hook: only its DevTools load an unpacked extension as an update.
    const { context } = run.chromium!;
    const cdp = await context.browser()!.newBrowserCDPSession();
    const updated = context.waitForEvent('serviceworker');
    await cdp.send('Extensions.loadUnpacked', { path: ext });
    await cdp.detach();
    await updated;
    await run.send('status/get'); // the engine has started
    const after = await dump(await run.control());
    expect(after.version).not.toBe(before.version);

    // Every setting the old build stored, with its value (a newer build may add settings).
    expect(after.sync[SETTINGS_KEY]).toMatchObject(before.sync[SETTINGS_KEY] as object);
    expect(after.sync[SETTINGS_KEY]).toMatchObject({ snoozeMin: 7, badgeCountdown: false });
    // The whole history: every record of every store, unchanged.
    for (const [store, records] of Object.entries(before.history)) {
      for (const [key, value] of Object.entries(records)) expect(after.history[store]?.[key], `${store} ${key}`).toEqual(value);
    }
    // The engine's state was read through the migration, not thrown away: its cycle goes on, and
    // the next change stores it in today's version.
    const engine = (d: Dump) => (d.local[ENGINE_KEY] as { state: { schemaVersion: number; cycle: { startedAt: number } } }).state;
    expect(engine(before).schemaVersion).toBe(1);
    expect(engine(after).cycle.startedAt).toBe(engine(before).cycle.startedAt);
    await run.send('pause/start', { until: null });
    const changed = await dump(await run.control());
    expect(engine(changed).schemaVersion, JSON.stringify(changed.local[ENGINE_KEY])).toBe(SCHEMA_VERSION);
    expect(engine(changed).cycle.startedAt).toBe(engine(before).cycle.startedAt);

    // And a person sees them: the new options page shows the old values, the stats page the
    // break taken with the old build.
    const newOptions = await run.openPage('options.html');
    await newOptions.waitForSelector('#f-snoozeMin');
    expect(await newOptions.evaluate(() => document.querySelector<HTMLInputElement>('#f-snoozeMin')!.value)).toBe('7');
    expect(await newOptions.evaluate(() => document.querySelector<HTMLInputElement>('#f-badgeCountdown')!.checked)).toBe(false);
    await newOptions.close();
    const stats = await run.openPage('stats.html');
    await stats.waitFor(() => document.querySelector<HTMLElement>('main')?.innerText.includes('Chair twist'));
    expect(await run.consoleErrors()).toEqual([]);
  });
});
