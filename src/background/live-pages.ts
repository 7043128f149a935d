// The background's side of the live port (shared/live-port.ts): it sends each open stretch page
// the status whenever it changes, and records a stretch left unfinished as a partial break when
// its page closes. A stretch under way is kept in storage.session, because the worker may be
// stopped while the page is open; a page that closes meanwhile is recorded by the next worker.
import type { StatusView } from '../core/scheduler/status-view';
import { LIVE_PORT, parsePageMessage, type BackgroundToPage } from '../shared/live-port';
import type { PortEnd, PortsAdapter } from '../platform/port';
import type { StretchesUnderWay } from '../storage/stretches-under-way';
import type { Engine } from './engine';

/** A page whose worker stopped reconnects at once; one not heard from by then has closed. */
export const RECLAIM_MS = 5_000;
/** A running timer reports at least at every breath step; more time than this since is not counted. */
export const MAX_UNREPORTED_MS = 15_000;

export interface LivePagesDeps {
  now(): number;
  ports: PortsAdapter;
  underWay: StretchesUnderWay;
  /** Runs fn after ms (setTimeout); the worker stays up well past RECLAIM_MS after it starts. */
  after(ms: number, fn: () => void): void;
}

export function livePages(d: LivePagesDeps, engine: Engine, handle: (fn: () => Promise<unknown>) => void): void {
  const pages = new Map<PortEnd, { pageId: string | null; sent: string }>();
  const heard = new Set<string>();

  const send = (port: PortEnd, status: StatusView): void => {
    const page = pages.get(port);
    const json = JSON.stringify(status);
    if (!page || page.sent === json) return;
    page.sent = json;
    const message: BackgroundToPage = { type: 'status', status };
    try {
      port.post(message);
    } catch {
      pages.delete(port); // closed in the meantime; its onDisconnect does the rest
    }
  };
  engine.onChange((status) => {
    for (const port of pages.keys()) send(port, status);
  });

  /** The page closed with a stretch under way: it counts as a partial break. */
  const recordLeft = async (pageId: string): Promise<void> => {
    const entry = (await d.underWay.load())[pageId];
    if (!entry) return;
    await d.underWay.put(pageId, null);
    const { record, running } = entry.progress;
    const more = running ? Math.min(Math.max(0, d.now() - entry.at), MAX_UNREPORTED_MS) : 0;
    await engine.dispatch({ type: 'done', record: { ...record, durationMs: Math.round(record.durationMs + more), completed: false } });
  };

  d.ports.onConnect((name, port) => {
    if (name !== LIVE_PORT) return;
    pages.set(port, { pageId: null, sent: '' });
    port.onMessage((raw) => {
      const message = parsePageMessage(raw);
      const page = pages.get(port);
      if (!message || !page) return;
      page.pageId = message.pageId;
      heard.add(message.pageId);
      const entry = message.progress && { progress: message.progress, at: d.now() };
      handle(() => d.underWay.put(message.pageId, entry));
    });
    port.onDisconnect(() => {
      const pageId = pages.get(port)?.pageId;
      pages.delete(port);
      if (pageId) handle(() => recordLeft(pageId));
    });
    handle(async () => send(port, await engine.status()));
  });

  // Stretches a stopped worker knew of: those whose page does not come back are recorded.
  handle(async () => {
    const before = Object.keys(await d.underWay.load());
    if (before.length)
      d.after(RECLAIM_MS, () =>
        handle(async () => {
          for (const pageId of before) if (!heard.has(pageId)) await recordLeft(pageId);
        }),
      );
  });
}
