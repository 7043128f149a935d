// Counts service-worker starts the way the worker cannot notice: ServiceWorker.enable on a plain
// about:blank tab (it runs no extension code and lives outside the extension's process), and
// nothing attached to the worker itself, so Chrome's 30 s idle timeout stays in force.
import { openPage } from './page.mjs';

/**
 * @typedef {{ status: string, atMs: number }} Transition wall-clock (Node) time of each change
 */

export class WorkerWatch {
  /** @param {import('./browser.mjs').Browser} browser */
  constructor(browser) {
    this.browser = browser;
    this.prefix = `chrome-extension://${browser.extensionId}/`;
    /** @type {Transition[]} */
    this.transitions = [];
    this.status = 'unknown';
    /** Whether the extension's worker has been reported at all (it may have run and stopped already). */
    this.seen = false;
    /** @type {Set<() => void>} */
    this.waiters = new Set();
  }

  async start() {
    this.page = await openPage(this.browser, 'about:blank');
    this.browser.cdp.on('ServiceWorker.workerVersionUpdated', (params, sessionId) => {
      if (sessionId !== this.page?.sessionId) return;
      for (const v of params.versions) {
        if (!String(v.scriptURL).startsWith(this.prefix)) continue;
        this.seen = true;
        // One extension has one live version; an update would show a second, which the bench
        // never triggers.
        if (v.runningStatus === this.status) continue;
        this.status = v.runningStatus;
        this.transitions.push({ status: v.runningStatus, atMs: Date.now() });
        for (const w of this.waiters) w();
      }
    });
    await this.page.send('ServiceWorker.enable');
    return this;
  }

  /**
   * Resolves once the worker is registered; under a fast clock its install run may be over by
   * the time DevTools reports it, so waiting for 'running' could wait forever.
   * @param {number} timeoutMs
   */
  async waitForWorker(timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (!this.seen) {
      if (Date.now() > deadline) {
        const { targetInfos } = await this.browser.cdp.send('Target.getTargets');
        const workers = targetInfos.filter((/** @type {{ type: string }} */ t) => t.type === 'service_worker').length;
        throw new Error(`no service worker registered within ${timeoutMs} ms (${workers} worker targets)`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Starts (transitions to 'running') seen after `sinceMs`. */
  startsSince(sinceMs = 0) {
    return this.transitions.filter((t) => t.status === 'running' && t.atMs >= sinceMs).length;
  }

  /**
   * Starts that ended without the worker ever running: Chrome gave up on it. Under a sped-up
   * clock on a busy machine this is the sign that the figures measure the machine.
   */
  failedStartsSince(sinceMs = 0) {
    let failed = 0;
    let starting = false;
    for (const t of this.transitions) {
      if (t.atMs < sinceMs) continue;
      if (t.status === 'starting') starting = true;
      else if (t.status === 'running') starting = false;
      else if (t.status === 'stopped' && starting) {
        failed++;
        starting = false;
      }
    }
    return failed;
  }

  /**
   * @param {string} status
   * @param {number} timeoutMs
   * @returns {Promise<number>} Node time of the transition
   */
  waitFor(status, timeoutMs) {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.status !== status) return false;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(this.transitions.at(-1)?.atMs ?? Date.now());
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`worker not ${status} within ${timeoutMs} ms (is ${this.status})`));
      }, timeoutMs);
      if (!check()) this.waiters.add(check);
    });
  }

  async stop() {
    await this.page?.send('ServiceWorker.disable').catch(() => undefined);
    await this.page?.close();
  }
}
