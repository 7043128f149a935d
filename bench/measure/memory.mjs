// (4) Memory and lifetime, in real time: the extension process's PSS while its worker is awake,
// how long the worker and the process live after the last event, and finally the worker's JS
// heap. The heap is read last because reading it means attaching DevTools to the worker, which
// switches off its idle timeout.
import { launch } from '../lib/browser.mjs';
import { closeExtensionTabs } from '../lib/control.mjs';
import { sleep } from '../lib/page.mjs';
import { alive, extensionPids, pssBytes, ussBytes } from '../lib/procs.mjs';
import { median } from '../lib/stats.mjs';
import { wakeWorker, workerTargetId } from '../lib/wake.mjs';
import { WorkerWatch } from '../lib/worker-watch.mjs';

/**
 * @typedef {object} MemoryResult
 * @property {number | null} heapUsedBytes worker JS heap in use after a full GC
 * @property {number | null} heapUsedBeforeGcBytes
 * @property {number | null} pssAwakeBytes median of samples while the worker runs
 * @property {number | null} ussAwakeBytes private memory only, same samples
 * @property {number | null} workerStopAfterMs last event → worker stopped
 * @property {number | null} processExitAfterMs last event → extension process gone
 * @property {string} wokenBy
 * @property {string[]} notes
 */

/**
 * @param {number} pid
 * @param {number} timeoutMs
 * @returns {Promise<number | null>} Node time the process was first seen gone
 */
async function processExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) return Date.now();
    await sleep(25);
  }
  return null;
}

/**
 * @param {import('../lib/extensions.mjs').Extension} ext
 * @returns {Promise<MemoryResult>}
 */
export async function measureMemory(ext) {
  const browser = await launch({ extensionDir: ext.dir });
  /** @type {string[]} */
  const notes = [];
  try {
    const watch = await new WorkerWatch(browser).start();
    // The install run of the worker, and whatever pages it opens on install.
    await watch.waitForWorker(15_000);
    await sleep(1000);
    await closeExtensionTabs(browser);

    // The last event: after it, nothing touches the extension until its process is gone.
    const wake = await wakeWorker(browser, ext, watch);
    await sleep(300);
    const pids = extensionPids(browser.profile);
    if (pids.length !== 1) notes.push(`found ${pids.length} extension processes`);
    const pid = pids[0];
    // Watch the process from now on, so its exit is timed even if it beats the stop event.
    const gone = pid ? processExit(pid, 90_000) : Promise.resolve(null);
    /** @type {number[]} */
    const samples = [];
    /** @type {number[]} */
    const ussSamples = [];
    for (let i = 0; i < 5 && pid && watch.status === 'running'; i++) {
      const pss = pssBytes(pid);
      const uss = ussBytes(pid);
      if (pss) samples.push(pss);
      if (uss) ussSamples.push(uss);
      await sleep(300);
    }
    const stoppedAt = await watch.waitFor('stopped', 90_000).catch(() => null);
    const goneAt = await gone;
    if (pid && !goneAt) {
      const { targetInfos } = await browser.cdp.send('Target.getTargets');
      const held = targetInfos
        .filter((/** @type {{ url: string }} */ t) => t.url.startsWith(browser.url('')))
        .map((/** @type {{ type: string, url: string }} */ t) => `${t.type} ${t.url}`);
      notes.push(`extension process still alive 90 s after the last event; extension targets: ${held.join(', ') || 'none'}`);
    }

    // Heap: wake once more, attach to the worker, read, collect garbage, read again.
    await wakeWorker(browser, ext, watch);
    await sleep(500);
    const targetId = await workerTargetId(browser);
    let heapUsedBytes = null;
    let heapUsedBeforeGcBytes = null;
    if (targetId) {
      const { sessionId } = await browser.cdp.send('Target.attachToTarget', { targetId, flatten: true });
      heapUsedBeforeGcBytes = (await browser.cdp.send('Runtime.getHeapUsage', {}, sessionId)).usedSize;
      await browser.cdp.send('HeapProfiler.collectGarbage', {}, sessionId);
      heapUsedBytes = (await browser.cdp.send('Runtime.getHeapUsage', {}, sessionId)).usedSize;
      await browser.cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    } else notes.push('no worker target to read the heap from');

    if (browser.closedTabs.length) notes.push(`closed tabs the extension opened: ${browser.closedTabs.join(', ')}`);
    return {
      heapUsedBytes,
      heapUsedBeforeGcBytes,
      pssAwakeBytes: samples.length ? median(samples) : null,
      ussAwakeBytes: ussSamples.length ? median(ussSamples) : null,
      workerStopAfterMs: stoppedAt ? stoppedAt - wake.atMs : null,
      processExitAfterMs: goneAt ? goneAt - wake.atMs : null,
      wokenBy: wake.how,
      notes,
    };
  } finally {
    await browser.close();
  }
}
