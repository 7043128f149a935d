// One driver for the e2e suites, whichever browser runs them: real Chromium through
// playwright-core (driver-chromium.ts) or real Firefox ESR through puppeteer-core over WebDriver
// BiDi (driver-firefox.ts). A suite written against Run and ExtPage runs in both; what only one
// browser can do (stop the worker, run under libfaketime) is optional here and says why where it is.
//
// Page functions given to evaluate() run inside an extension page, where both browsers expose
// the `browser` namespace (Chromium natively since 148; see globals.d.ts): nothing from the test's
// module scope exists there, so constants travel as the argument.
import type { Envelope, MessageType, RequestOf, ResponseOf } from '../../../src/shared/messages';
import type { ChromiumRun } from './chromium';
import type { Clock } from './clock';
import type { FirefoxRun } from './firefox';

export type BrowserName = 'chromium' | 'firefox';
/**
 * Every browser a shared suite runs in: `describe.each(browsers)`. scripts/e2e.mjs runs the suite
 * once per browser, side by side, naming it in UNHUNCH_E2E_BROWSER; unset, both run in turn.
 */
export const browsers: readonly BrowserName[] =
  process.env.UNHUNCH_E2E_BROWSER === 'chromium' || process.env.UNHUNCH_E2E_BROWSER === 'firefox'
    ? [process.env.UNHUNCH_E2E_BROWSER]
    : ['chromium', 'firefox'];

/** Whether this run includes `name`: a describe for one browser alone is registered only then. */
export const runsIn = (name: BrowserName) => browsers.includes(name);

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: boolean;
  /** A copy of the build to load instead of dist/ (a rebuild mid-test cannot pull it away). */
  extensionDir?: string;
  /** Chromium: the UI language, which picks the extension's locale (default en-US). */
  lang?: string;
  /**
   * Chromium: a profile to reuse (kept on close): launching again on it with the same extension
   * path is a real browser restart.
   */
  profileDir?: string;
  /** Chromium: more command-line switches. */
  args?: string[];
  /** Chromium: let windows the extension opens keep the size it gave them. */
  browserSizedPages?: boolean;
  /** Chromium: a libfaketime clock the test moves while the browser runs (clock.ts), alarms included. */
  clock?: Clock;
  /** Firefox: a home folder of its own (managed storage lives under it). */
  home?: string;
  /** Firefox: more preferences. */
  prefs?: Record<string, string | number | boolean>;
}

/** The arguments send() takes for a message: none when its request is void. */
export type PayloadArgs<K extends MessageType> = RequestOf<K> extends void ? [] : [RequestOf<K>];

/** The envelope of one message, typed by the message map the background answers. */
export function envelope<K extends MessageType>(type: K, ...payload: PayloadArgs<K>): Envelope<K> {
  return { unhunch: 1, type, payload: payload[0] as RequestOf<K> };
}

export interface WaitOptions {
  timeout?: number;
}
export interface SelectorOptions extends WaitOptions {
  state?: 'attached' | 'visible' | 'detached';
}

/** An extension page, the same for both drivers. */
export interface ExtPage {
  readonly browser: BrowserName;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Runs a script given as source over the driver (DevTools or BiDi), where the page's CSP, which
   * rightly forbids injected scripts, does not apply: how axe-core gets in (support/axe.ts).
   */
  evaluateSource<R>(source: string): Promise<R>;
  /** Sends one message to the background from this page, as the extension's pages do. */
  send<K extends MessageType>(type: K, ...payload: PayloadArgs<K>): Promise<ResponseOf<K>>;
  /** Polls `fn` in the page until it returns something truthy (an async predicate is awaited). */
  waitFor<A>(fn: (arg: A) => unknown, arg?: A, options?: WaitOptions): Promise<void>;
  waitForSelector(selector: string, options?: SelectorOptions): Promise<void>;
  click(selector: string): Promise<void>;
  /** Replaces a field's text by typing `value` into it, as a person would (input events). */
  fill(selector: string, value: string): Promise<void>;
  /** Picks an option of a select by its value, as a person would (input and change events). */
  select(selector: string, value: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Brings the page's tab to the front (Firefox never returns from a click on a background tab). */
  bringToFront(): Promise<void>;
  text(selector: string): Promise<string | null>;
  attr(selector: string, name: string): Promise<string | null>;
  count(selector: string): Promise<number>;
  /** Loads `path` (or reloads) and waits for `readySelector` on the new document. */
  goto(path: string | null, readySelector: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Saves tests/e2e/screenshots/<name>.png; with fullPage, the whole page, not only the viewport. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<string>;
  /** Whether the page is gone: closed by the test, or by the browser (an extension update closes its pages). */
  isClosed(): boolean;
  close(): Promise<void>;
}

export interface Run {
  readonly browser: BrowserName;
  /** The browser's own launcher, for a browser-only case: set for that browser alone. */
  readonly chromium?: ChromiumRun;
  readonly firefox?: FirefoxRun;
  url(path: string): string;
  /** Opens an extension page in front, optionally sized, once its app root has rendered. */
  openPage(path: string, viewport?: { width: number; height: number }): Promise<ExtPage>;
  /** A page that runs no extension code, kept open for reads and messages. */
  control(): Promise<ExtPage>;
  send<K extends MessageType>(type: K, ...payload: PayloadArgs<K>): Promise<ResponseOf<K>>;
  alarms(): Promise<chrome.alarms.Alarm[]>;
  /** Ids of the notifications on screen. */
  notifications(): Promise<string[]>;
  windows(type?: 'popup' | 'normal'): Promise<{ id: number; type: string; width: number; height: number; focused: boolean }[]>;
  /** Pages showing `path` (query included), found by their own location. */
  pagesAt(path: string): Promise<ExtPage[]>;
  storageGet<T = unknown>(area: 'local' | 'sync' | 'session', key: string): Promise<T | undefined>;
  storageSet(area: 'local' | 'sync' | 'session', items: Record<string, unknown>): Promise<void>;
  /** Chromium only: stops the service worker, as Chrome does after 30 s idle. Firefox's event page cannot be stopped from outside. */
  stopWorker?(): Promise<void>;
  /** Console errors and uncaught exceptions of extension pages and the worker, up to now. */
  consoleErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/** What both drivers read and send through their control page, opened on first use. */
export type ControlReads = Pick<Run, 'control' | 'send' | 'alarms' | 'notifications' | 'windows' | 'storageGet' | 'storageSet'>;

export function controlReads(open: () => Promise<ExtPage>): ControlReads {
  let opened: Promise<ExtPage> | null = null;
  // Opened again once gone (an extension update closes the old version's pages).
  const control = async () => {
    if (opened && (await opened).isClosed()) opened = null;
    return (opened ??= open());
  };
  return {
    control,
    send: async (type, ...payload) => (await control()).send(type, ...payload),
    alarms: async () => (await control()).evaluate(() => browser.alarms.getAll()),
    notifications: async () => (await control()).evaluate(async () => Object.keys(await browser.notifications.getAll())),
    windows: async (type) =>
      (await control()).evaluate(
        async (t) =>
          (await browser.windows.getAll(t ? { windowTypes: [t] } : {})).map((w) => ({
            id: w.id!,
            type: w.type ?? '',
            width: w.width ?? 0,
            height: w.height ?? 0,
            focused: w.focused,
          })),
        type,
      ),
    storageGet: async (area, key) =>
      (await control()).evaluate(async ([a, k]) => (await browser.storage[a].get(k))[k], [area, key] as const) as never,
    storageSet: async (area, items) => (await control()).evaluate(([a, i]) => browser.storage[a].set(i), [area, items] as const),
  };
}

export async function launch(browser: BrowserName, options: LaunchOptions = {}): Promise<Run> {
  return browser === 'chromium'
    ? (await import('./driver-chromium')).launchChromiumRun(options)
    : (await import('./driver-firefox')).launchFirefoxRun(options);
}

/** Polls `read` from Node until `ok` holds; the error says what was last seen. */
export async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
