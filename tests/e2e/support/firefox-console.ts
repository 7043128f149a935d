// Firefox does not report console messages or uncaught errors of extension pages (the background
// page included) to the test driver: BiDi's log.entryAdded and puppeteer's console/pageerror
// stay silent for moz-extension:// documents. Firefox's own output does carry them, so the
// harness reads the browser process's stdout and stderr, line by line, and keeps the errors.
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';

/** Sends content and extension pages' console calls to stdout, as `console.error: "…"` lines. */
export const CONSOLE_TO_STDOUT_PREF = 'devtools.console.stdout.content';

/**
 * The error a line of Firefox's output reports, or null. A page's `console.error` prints its
 * arguments as values (`console.error: "text" ({a:1})`), and the tests open only our own pages;
 * Firefox's own modules print through named consoles (`console.error: RSLoader: …`, seen a minute
 * into a run), which are not ours. Uncaught exceptions and unhandled rejections are printed with
 * their document's URL, so only our add-on's count: Firefox logs its own there too.
 */
export function errorInLine(line: string, extensionOrigin: string): string | null {
  if (line.startsWith('console.error:')) return /^console\.error: [A-Za-z][\w.-]*: /.test(line) ? null : line;
  if (line.startsWith(`JavaScript error: ${extensionOrigin}`)) return line;
  return null;
}

export interface FirefoxOutput {
  /** Every error seen so far; grows as Firefox writes. */
  errors: string[];
  /** Resolves once Firefox has written a line containing `text` (after this call or before). */
  waitForLine(text: string, timeoutMs: number): Promise<void>;
}

export function watchFirefoxOutput(streams: (Readable | null | undefined)[], extensionOrigin: string): FirefoxOutput {
  const errors: string[] = [];
  const seen: string[] = [];
  const waiters = new Set<{ text: string; resolve: () => void }>();
  for (const stream of streams) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      const error = errorInLine(line, extensionOrigin);
      if (error) errors.push(error);
      seen.push(line);
      for (const w of waiters)
        if (line.includes(w.text)) {
          waiters.delete(w);
          w.resolve();
        }
    });
  }
  return {
    errors,
    waitForLine(text, timeoutMs) {
      if (seen.some((line) => line.includes(text))) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const waiter = {
          text,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(
            new Error(
              `Firefox never printed "${text}": its console output is not reaching the harness (is ${CONSOLE_TO_STDOUT_PREF} set?)`,
            ),
          );
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
  };
}
