// Watches every request a browser sends, for the "nothing leaves the browser" checks. Chromium:
// playwright reports the requests of pages and of the service worker (the Chromium-only hook
// run.chromium). Firefox tells WebDriver BiDi nothing of what moz-extension:// pages load or
// fetch, so its HTTP and HTTPS traffic goes through a proxy of the test on the loopback, which
// records each request and answers none.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserName, LaunchOptions, Run } from './driver';

/** Firefox syncs its own remote settings in the background, extension or not. */
const FIREFOX_OWN = 'https://firefox.settings.services.mozilla.com:443';
/** An address that does not exist; Firefox upgrades it to HTTPS, so it reaches the proxy as a CONNECT. */
const CANARY = 'https://unhunch-canary.invalid';

export interface RequestWatch {
  /** What launch() needs so that the watch sees the browser's requests. */
  options: LaunchOptions;
  /** Starts watching a run launched with `options`. */
  attach(run: Run): void;
  /** Requests that left, or would have left, the browser (the watch's own proof excluded). */
  external(): string[];
  /**
   * Whether the watch hears requests at all: without it, an empty external() proves nothing.
   * Chromium: extension pages' own loads were seen. Firefox: a page's fetch of the canary
   * address reached the proxy.
   */
  heard(run: Run): Promise<boolean>;
  close(): Promise<void>;
}

export async function watchRequests(browser: BrowserName): Promise<RequestWatch> {
  const requests: string[] = [];
  if (browser === 'chromium') {
    return {
      options: {},
      attach: (run) => run.chromium!.context.on('request', (r) => requests.push(r.url())),
      external: () => requests.filter((url) => !/^(chrome-extension|data|blob):/.test(url)),
      heard: async () => requests.some((url) => url.startsWith('chrome-extension://')),
      close: async () => undefined,
    };
  }
  const proxy: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(502).end();
  });
  proxy.on('connect', (req, socket) => {
    requests.push(`https://${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    options: {
      prefs: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
      },
    },
    attach: () => undefined,
    external: () => requests.filter((url) => url !== `${CANARY}:443` && url !== FIREFOX_OWN),
    async heard(run) {
      const page = await run.control();
      await page.evaluate(
        (canary) =>
          fetch(`${canary}/`).then(
            () => undefined,
            () => undefined,
          ),
        CANARY,
      );
      return requests.includes(`${CANARY}:443`);
    },
    close: () => new Promise<void>((resolve) => proxy.close(() => resolve())),
  };
}
