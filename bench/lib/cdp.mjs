// A minimal Chrome DevTools Protocol client over --remote-debugging-pipe (fd 3 in, fd 4 out,
// NUL-separated JSON). Written by hand instead of using playwright or puppeteer because both
// auto-attach to service workers, and an attached DevTools session switches off the worker's
// idle timeout: the worker would never stop and every wake count would read zero.

/**
 * @typedef {{ id?: number, method?: string, params?: any, result?: any, error?: { message: string }, sessionId?: string }} Message
 * @typedef {(params: any, sessionId: string | undefined) => void} Listener
 */

export class CdpConnection {
  /**
   * @param {import('node:stream').Writable} toBrowser the browser's fd 3
   * @param {import('node:stream').Readable} fromBrowser the browser's fd 4
   */
  constructor(toBrowser, fromBrowser) {
    this.toBrowser = toBrowser;
    this.nextId = 1;
    /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void, method: string }>} */
    this.pending = new Map();
    /** @type {Map<string, Set<Listener>>} */
    this.listeners = new Map();
    this.closed = false;
    let buffer = '';
    fromBrowser.setEncoding('utf8');
    fromBrowser.on('data', (/** @type {string} */ chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\0')) >= 0) {
        const text = buffer.slice(0, end);
        buffer = buffer.slice(end + 1);
        this.dispatch(JSON.parse(text));
      }
    });
    fromBrowser.on('close', () => this.fail(new Error('browser closed the DevTools pipe')));
    toBrowser.on('error', (/** @type {Error} */ e) => this.fail(e));
  }

  /** @param {Message} message */
  dispatch(message) {
    if (message.id !== undefined) {
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
      else waiter.resolve(message.result);
      return;
    }
    for (const listener of this.listeners.get(message.method ?? '') ?? []) listener(message.params, message.sessionId);
  }

  /** @param {Error} error */
  fail(error) {
    if (this.closed) return;
    this.closed = true;
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }

  /**
   * @param {string} method
   * @param {object} [params]
   * @param {string} [sessionId] a flat session from Target.attachToTarget
   * @param {number} [timeoutMs] a hung browser must fail the measurement, not stall the bench
   * @returns {Promise<any>}
   */
  send(method, params = {}, sessionId, timeoutMs = 15_000) {
    if (this.closed) return Promise.reject(new Error(`${method}: connection closed`));
    const id = this.nextId++;
    const message = sessionId ? { id, method, params, sessionId } : { id, method, params };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      const settle = (/** @type {(v: any) => void} */ fn) => (/** @type {any} */ v) => {
        clearTimeout(timer);
        fn(v);
      };
      this.pending.set(id, { resolve: settle(resolve), reject: settle(reject), method });
      this.toBrowser.write(JSON.stringify(message) + '\0');
    });
  }

  /**
   * @param {string} method
   * @param {Listener} listener
   * @returns {() => void} unsubscribe
   */
  on(method, listener) {
    let set = this.listeners.get(method);
    if (!set) this.listeners.set(method, (set = new Set()));
    set.add(listener);
    return () => set?.delete(listener);
  }

  /**
   * Resolves with the first event's params that passes the test.
   * @param {string} method
   * @param {(params: any, sessionId: string | undefined) => boolean} [test]
   * @param {number} [timeoutMs]
   * @returns {Promise<any>}
   */
  waitFor(method, test = () => true, timeoutMs = 30_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${method}`));
      }, timeoutMs);
      const off = this.on(method, (params, sessionId) => {
        if (!test(params, sessionId)) return;
        clearTimeout(timer);
        off();
        resolve(params);
      });
    });
  }
}
