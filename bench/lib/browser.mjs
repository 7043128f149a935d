// Launches headless Chromium with one unpacked extension and a raw DevTools pipe, and makes sure
// every browser the bench starts is gone again: on close, on error, on Ctrl+C.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CdpConnection } from './cdp.mjs';

export const CHROMIUM = process.env.UNHUNCH_CHROMIUM ?? '/usr/lib/chromium/chromium';
export const FAKETIME_LIB = process.env.UNHUNCH_FAKETIME_LIB ?? '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';

/** @type {Set<Browser>} */
const running = new Set();

/** Kills every browser still running; safe to call more than once. */
export function killAll() {
  for (const b of running) b.kill();
}
process.on('exit', killAll);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

/**
 * Chromium names an unpacked extension after the SHA-256 of its absolute path, first 32 hex
 * digits spelled with the letters a–p. Knowing the id up front saves waiting for the worker.
 * @param {string} dir
 */
export function unpackedExtensionId(dir) {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * @typedef {object} LaunchOptions
 * @property {string} extensionDir
 * @property {boolean} [fakeClock] run under libfaketime, at real speed until setSpeed()
 */

export class Browser {
  /**
   * @param {import('node:child_process').ChildProcess} child
   * @param {string} profile
   * @param {string} extensionDir
   */
  constructor(child, profile, extensionDir) {
    this.child = child;
    this.pid = /** @type {number} */ (child.pid);
    this.profile = profile;
    this.extensionId = unpackedExtensionId(extensionDir);
    this.cdp = new CdpConnection(/** @type {any} */ (child.stdio[3]), /** @type {any} */ (child.stdio[4]));
    this.exited = new Promise((resolve) => child.once('exit', resolve));
    this.stderr = '';
    /** @type {string} */
    this.version = '';
    /** Node's clock when the browser was spawned: libfaketime's start time, shared by its children. */
    this.spawnedAt = Date.now();
    /** @type {string | null} libfaketime's spec file, re-read by every browser process each second */
    this.clockFile = null;
    this.speed = 1;
    /** @type {string[]} extension pages the extension opened and the bench closed */
    this.closedTabs = [];
    child.stderr?.on('data', (d) => {
      this.stderr = (this.stderr + d).slice(-4000);
    });
  }

  /** @param {string} path */
  url(path) {
    return `chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`;
  }

  /**
   * Speeds up the browser's clock from now on, without a jump. Chrome's start-up (process
   * launches, extension loading, the worker's first run) happens at real speed first: squeezed
   * 60×, its 30 s internal timeouts last half a wall second, and on a loaded machine workers then
   * fail to start at all. libfaketime computes start + (now − start) × rate + offset, so the
   * offset that keeps the clock continuous at the switch is −(switch − start) × (rate − 1).
   * @param {number} rate
   */
  async setSpeed(rate) {
    if (!this.clockFile) throw new Error('setSpeed needs a browser launched with fakeClock');
    const switchAt = Date.now() + 500;
    const offsetS = -Math.round(((switchAt - this.spawnedAt) / 1000) * (rate - 1));
    writeFileSync(this.clockFile, `${offsetS} x${rate}\n`);
    this.speed = rate;
    // Every process re-reads the spec within FAKETIME_CACHE_DURATION (1 s).
    await new Promise((resolve) => setTimeout(resolve, 1300));
  }

  /** Kills the whole process group (zygotes and renderers too) without waiting. */
  kill() {
    running.delete(this);
    try {
      process.kill(-this.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 3 });
  }

  /** Asks the browser to quit, then kills whatever is left of its process group. */
  async close() {
    if (!running.has(this)) return;
    const timeout = new Promise((resolve) => setTimeout(resolve, 3000));
    await Promise.race([
      this.cdp
        .send('Browser.close')
        .catch(() => undefined)
        .then(() => this.exited),
      timeout,
    ]);
    this.kill();
  }
}

/**
 * @param {LaunchOptions} options
 * @returns {Promise<Browser>}
 */
export async function launch({ extensionDir, fakeClock = false }) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: set UNHUNCH_CHROMIUM or run npm run setup.`);
  const profile = mkdtempSync(join(tmpdir(), 'unhunch-bench-'));
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env };
  const clockFile = fakeClock ? join(profile, 'faketime.spec') : null;
  if (clockFile) {
    if (!existsSync(FAKETIME_LIB))
      throw new Error(`libfaketime not found at ${FAKETIME_LIB}: set UNHUNCH_FAKETIME_LIB or run npm run setup.`);
    writeFileSync(clockFile, '+0 x1\n');
    // DONT_RESET: child processes share the browser's start time, so all agree on the time.
    Object.assign(env, {
      LD_PRELOAD: FAKETIME_LIB,
      FAKETIME_TIMESTAMP_FILE: clockFile,
      FAKETIME_CACHE_DURATION: '1',
      FAKETIME_DONT_RESET: '1',
    });
    delete env.FAKETIME;
  }
  const args = [
    '--headless',
    '--remote-debugging-pipe',
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-quic',
    '--lang=en-US',
    '--mute-audio',
    '--disable-gpu-watchdog',
    '--disable-hang-monitor',
    // Pages in background tabs would otherwise get throttled timers and skew the page figures.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    'about:blank',
  ];
  // detached: the browser leads its own process group, so one kill reaches every child process.
  const child = spawn(CHROMIUM, args, { env, detached: true, stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  const browser = new Browser(child, profile, extensionDir);
  browser.clockFile = clockFile;
  running.add(browser);
  try {
    browser.version = (await browser.cdp.send('Browser.getVersion')).product;
    // Tabs the extension opens by itself (a welcome page on install, whenever the install run
    // gets to it) would keep its process alive and send messages of their own: close them as
    // they appear. The bench's own pages start as about:blank, so they are never caught here.
    // Discovering targets attaches to nothing.
    browser.cdp.on('Target.targetCreated', ({ targetInfo }) => {
      if (targetInfo.type !== 'page' || !targetInfo.url.startsWith(browser.url(''))) return;
      browser.closedTabs.push(targetInfo.url.slice(browser.url('').length));
      void browser.cdp.send('Target.closeTarget', { targetId: targetInfo.targetId }).catch(() => undefined);
    });
    await browser.cdp.send('Target.setDiscoverTargets', { discover: true });
  } catch (e) {
    browser.kill();
    throw new Error(`Chromium did not start: ${e instanceof Error ? e.message : e}\n${browser.stderr}`);
  }
  return browser;
}
