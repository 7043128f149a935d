// npm run bench: measures the production build in real headless Chromium against the budgets of
// issue 7, next to same-run baselines (a blank page of the same extension, and a blank MV3
// extension generated here as the floor), and optionally a peer extension (--peer DIR).
// Prints a table and writes bench/results.json. Exits 1 when a budget is missed or a measurement
// fails. Options: --peer DIR, --dist DIR (default $UNHUNCH_DIST or dist, + /chrome),
// --out FILE, --only bytes,popup,memory,breath,wakes,latency,firefox, --markdown (also print the
// table as Markdown for the README). The Firefox build (beside the Chrome one) is measured in
// Firefox ESR: bytes, popup ready, memory (measure/firefox.mjs).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, killAll } from './lib/browser.mjs';
import { budgets } from './lib/budgets.mjs';
import {
  breakFloorExtension,
  copyOfBuild,
  firefoxFloorExtension,
  floorExtension,
  peerCopyWithBlankPage,
  peerExtension,
  popupPage,
  removeTempExtensions,
} from './lib/extensions.mjs';
import { RESULTS, ROOT } from './lib/paths.mjs';
import { rows } from './lib/report.mjs';
import { markdownTable, textTable } from './lib/table.mjs';
import { measureBreath } from './measure/breath.mjs';
import { measureBytes } from './measure/bytes.mjs';
import { measureFirefox } from './measure/firefox.mjs';
import { measureLatency } from './measure/latency.mjs';
import { measureMemory } from './measure/memory.mjs';
import { ANY_TEXT_SELECTOR, measurePopupReady } from './measure/popup-ready.mjs';
import { measureWakes } from './measure/wakes.mjs';

// Simulated time: wakes over 2 h at ×60 (120 s of wall time), break latency at ×60. Faster
// clocks shrink Chrome's 30 s idle allowance below what a busy 2-core machine needs to start a
// worker, and then the figures measure the machine instead of the extension.
const WAKES = { speed: 60, wallMs: 120_000 };
const LATENCY = { speed: 60, cycles: 25, budgetMs: 75_000 };
const POPUP = { loads: 20, warmup: 3, coldLoads: 12 };
const BREATH = { breathMs: 30_000, baselineMs: 10_000 };
const FIREFOX = { loads: 20, warmup: 3 };
const PARTS = ['bytes', 'popup', 'memory', 'breath', 'wakes', 'latency', 'firefox'];

const { values } = parseArgs({
  options: {
    peer: { type: 'string' },
    dist: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string' },
    markdown: { type: 'boolean' },
  },
});
const only = new Set((values.only ?? PARTS.join(',')).split(','));
for (const part of only) if (!PARTS.includes(part)) throw new Error(`--only ${part}: not one of ${PARTS.join(', ')}`);
const dist = resolve(values.dist ?? join(process.env.UNHUNCH_DIST ?? join(ROOT, 'dist'), 'chrome'));
const out = resolve(values.out ?? RESULTS);
// The build writes dist/chrome and dist/firefox side by side.
const distFirefox = join(dirname(dist), 'firefox');

const started = Date.now();
/** @param {string} what */
const log = (what) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${what}\n`);
/** @type {string[]} */
const errors = [];

/** @type {string[]} */
const retries = [];

/**
 * Runs one measurement, once more in a fresh browser if it fails (a browser under a sped-up clock
 * on a loaded machine now and then misses its start); a second failure is recorded and the rest
 * of the bench goes on. Retries are listed in results.json.
 * @template T
 * @param {string} label
 * @param {() => Promise<T>} fn
 * @returns {Promise<T | null>}
 */
async function attempt(label, fn) {
  for (let tries = 1; ; tries++) {
    try {
      return await fn();
    } catch (e) {
      const message = `${label}: ${e instanceof Error ? e.message : String(e)}`;
      if (tries < 2) {
        retries.push(message);
        log(`retrying after: ${message}`);
        continue;
      }
      errors.push(message);
      log(`FAILED ${message}`);
      return null;
    }
  }
}

/** The commit measured, and whether the working tree had build inputs that differ from it. */
function source() {
  try {
    const git = (/** @type {string[]} */ ...args) =>
      execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const changed = git(
      'status',
      '--porcelain',
      '--',
      'src',
      '_locales',
      'icons',
      'manifest.json',
      'build.mjs',
      'scripts/lib',
      'package-lock.json',
    );
    return { commit: git('rev-parse', 'HEAD'), uncommittedBuildInputs: changed ? changed.split('\n').length : 0 };
  } catch {
    return null;
  }
}

async function main() {
  // Read before measuring: a commit landing during the run must not be credited with it.
  const measured = source();
  const ours = copyOfBuild(dist);
  const floor = floorExtension();
  const peer = values.peer ? peerExtension(values.peer) : null;
  const others = peer ? [floor, peer] : [floor];
  const probe = await launch({ extensionDir: floor.dir });
  const chromium = probe.version;
  await probe.close();

  /** @type {Record<string, any>} */
  const r = { unhunch: { name: ours.name }, floor: { name: floor.name }, peer: peer ? { name: peer.name, dir: peer.dir } : null };
  const all = [[ours, r.unhunch], [floor, r.floor], ...(peer ? [[peer, r.peer]] : [])];

  if (only.has('bytes')) {
    log('bytes per entry');
    for (const [ext, slot] of all) slot.bytes = measureBytes(ext);
  }
  if (only.has('popup')) {
    log(`popup ready: ${POPUP.loads} loads each of popup.html and a blank page`);
    r.unhunch.popupReady = await attempt('popup ready', () => measurePopupReady(ours, POPUP));
    const peerPopup = peer && popupPage(peer);
    if (peer && peerPopup) {
      log(`popup ready of the peer (${peerPopup}, ready at its first text) against a blank page in a copy of it`);
      r.peer.popupReady = await attempt('popup ready peer', () =>
        measurePopupReady(peerCopyWithBlankPage(peer), POPUP, { page: peerPopup, selector: ANY_TEXT_SELECTOR }),
      );
    }
  }
  if (only.has('breath')) {
    // Alone: main-thread time stretches when other browsers compete for the 2 cores.
    log(`breath timer cost: ${BREATH.breathMs / 1000} s of breathing, ${BREATH.baselineMs / 1000} s of a blank page`);
    r.unhunch.breath = await attempt('breath', () => measureBreath(ours, BREATH));
  }
  // Memory and lifetime run in real time beside the sped-up wake counts: PSS, heap and Chrome's
  // 30 s idle timeout do not care about a busy CPU, and this saves their half minute.
  /** @type {Promise<unknown>[]} */
  const parallel = [];
  if (only.has('memory')) {
    log('memory and lifetime (real time, ~35 s per extension, in parallel)');
    for (const [ext, slot] of all)
      parallel.push(
        attempt(`memory ${ext.name}`, () => measureMemory(ext)).then((m) => {
          slot.memory = m;
        }),
      );
  }
  if (only.has('wakes')) {
    log(`worker wakes under libfaketime ×${WAKES.speed} for ${WAKES.wallMs / 1000} s of wall time`);
    parallel.push(
      Promise.all([
        attempt('wakes, countdown on', () => measureWakes(ours, { ...WAKES, settings: { badgeCountdown: true } })),
        attempt('wakes, countdown off', () => measureWakes(ours, { ...WAKES, settings: { badgeCountdown: false } })),
        ...others.map((ext) => attempt(`wakes ${ext.name}`, () => measureWakes(ext, WAKES))),
      ]).then(([on, off, ...rest]) => {
        r.unhunch.wakes = { countdownOn: on, countdownOff: off };
        r.floor.wakes = rest[0];
        if (r.peer) r.peer.wakes = rest[1];
      }),
    );
  }
  await Promise.all(parallel);
  if (only.has('latency')) {
    log(`break latency under libfaketime ×${LATENCY.speed}, ${LATENCY.cycles} cycles, beside a minimal break reminder`);
    const breakFloor = breakFloorExtension();
    const [latency, floorLatency] = await Promise.all([
      attempt('break latency', () => measureLatency(ours, LATENCY)),
      attempt('break latency floor', () => measureLatency(breakFloor, LATENCY)),
    ]);
    r.unhunch.latency = latency;
    r.floor.latency = floorLatency;
  }

  if (only.has('firefox')) {
    log(`Firefox: bytes, popup ready (${FIREFOX.loads} loads each of popup.html and a blank page), memory`);
    const ffOurs = copyOfBuild(distFirefox);
    const ffFloor = firefoxFloorExtension();
    r.firefox = { name: ffOurs.name, bytes: measureBytes(ffOurs), floorBytes: measureBytes(ffFloor) };
    const ff = await attempt('firefox', () => measureFirefox(ffOurs, ffFloor, FIREFOX));
    if (ff) Object.assign(r.firefox, ff);
    else r.firefox.failed = true;
  }

  const complete = PARTS.every((k) => only.has(k));
  const table = rows(r);
  const failed = table.filter((row) => row.pass === false).map((row) => row.measure);
  const results = {
    date: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    source: measured,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      node: process.version,
      chromium,
      firefox: r.firefox?.version ?? null,
    },
    method: { wakes: WAKES, latency: LATENCY, popup: POPUP, breath: BREATH, firefox: FIREFOX, kb: 1024 },
    budgets,
    results: r,
    table,
    failed,
    errors,
    retries,
  };
  // A partial run (--only) never overwrites the committed results unless asked to with --out.
  const written = complete || values.out ? out : null;
  if (written) writeFileSync(written, JSON.stringify(results, null, 2) + '\n');
  console.log(`\n${textTable(table, !!peer)}\n`);
  if (values.markdown) console.log(`${markdownTable(table, !!peer)}\n`);
  console.log(
    `${chromium}, ${cpus().length} cores, ${results.durationS} s${written ? `; results in ${written}` : ' (partial run: results.json not written)'}`,
  );
  if (errors.length) console.log(`errors:\n  ${errors.join('\n  ')}`);
  if (failed.length) console.log(`over budget: ${failed.join('; ')}`);
  process.exitCode = errors.length || failed.length ? 1 : 0;
}

// Every DevTools call has its own timeout; this is the last line of defence against a stall.
const watchdog = setTimeout(() => {
  log('gave up after 10 minutes: a measurement hung');
  killAll();
  removeTempExtensions();
  process.exit(2);
}, 10 * 60_000);
watchdog.unref();

try {
  await main();
} finally {
  clearTimeout(watchdog);
  killAll();
  removeTempExtensions();
}
