// A page's side of the live port (shared/live-port.ts), kept open for as long as the page is: it
// reconnects when the worker stops (the port closes with it) and tells the new worker again where
// its stretch stands.
import type { StatusView } from '../core/scheduler/status-view';
import { LIVE_PORT, type BackgroundToPage, type PageToBackground, type StretchProgress } from '../shared/live-port';
import type { PortConnector, PortEnd } from '../platform/port';

export interface LiveLink {
  /** Where this page's stretch stands; null once it is finished, recorded or abandoned. */
  progress(progress: StretchProgress | null): void;
  /** Every status the background sends; returns a function that stops listening. */
  onStatus(listener: (status: StatusView) => void): () => void;
}

/**
 * A background that never answers (the extension was updated or removed under the page) would
 * make reconnecting a busy loop: after this many closes in a row with no status between, stop.
 */
const MAX_SILENT_RECONNECTS = 5;

/** `after`: connect only once it settles (the popup waits for its first frame, as for the status). */
export function liveLink(connect: PortConnector, pageId: string, after?: Promise<unknown>): LiveLink {
  const listeners = new Set<(status: StatusView) => void>();
  let last: PageToBackground = { type: 'stretch', pageId, progress: null };
  let port: PortEnd | null = null;
  let silent = 0;

  const post = () => {
    try {
      port?.post(last);
    } catch {
      // Closed under us; onDisconnect reconnects and posts again.
    }
  };

  const open = () => {
    try {
      port = connect(LIVE_PORT);
    } catch {
      port = null; // no runtime any more: nothing to follow, nothing to record
      return;
    }
    port.onMessage((raw) => {
      const message = raw as BackgroundToPage | null;
      if (message?.type !== 'status' || typeof message.status !== 'object') return;
      silent = 0;
      for (const l of listeners) l(message.status);
    });
    port.onDisconnect(() => {
      port = null;
      if (++silent <= MAX_SILENT_RECONNECTS) open();
    });
    if (last.progress) post();
  };
  if (after !== undefined) void after.then(open, open);
  else open();

  return {
    progress(progress) {
      last = { type: 'stretch', pageId, progress };
      post();
    },
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
