// The long-lived connection between an open stretch page (popup or stretch window) and the
// background. The page tells how far its stretch has got; the background answers with its status
// whenever it changes. When the page closes, the browser closes the port and the background sees
// it: nothing has to be sent while the page unloads, which browsers do not allow reliably.
import { checkStretchNames, type BreakRecord } from '../core/breaks/record';
import type { StatusView } from '../core/scheduler/status-view';

export const LIVE_PORT = 'unhunch-live';

/** A stretch under way on a page: what would be recorded, were the page to close now. */
export interface StretchProgress {
  /** Stretches reached so far; durationMs is the breathing time done as of `running`'s last change. */
  record: BreakRecord;
  /** The timer runs on: the time since this report counts too (up to a limit). */
  running: boolean;
}

export type PageToBackground =
  /** `pageId` names the page across reconnects; progress null: nothing under way (again). */
  { type: 'stretch'; pageId: string; progress: StretchProgress | null };

export type BackgroundToPage = { type: 'status'; status: StatusView };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A page's message, checked: anything else is ignored by the background. */
export function parsePageMessage(v: unknown): PageToBackground | null {
  if (!isObj(v) || v.type !== 'stretch' || typeof v.pageId !== 'string' || v.pageId.length === 0 || v.pageId.length > 64) return null;
  if (v.progress === null) return { type: 'stretch', pageId: v.pageId, progress: null };
  const p = v.progress;
  if (!isObj(p) || typeof p.running !== 'boolean' || !isObj(p.record)) return null;
  const r = p.record;
  if (!Array.isArray(r.stretchIds) || r.stretchIds.length === 0 || !r.stretchIds.every((id) => typeof id === 'string')) return null;
  if (typeof r.durationMs !== 'number' || !Number.isFinite(r.durationMs) || r.durationMs < 0) return null;
  const names = checkStretchNames(r.stretchNames, r.stretchIds);
  const record: BreakRecord = {
    stretchIds: [...r.stretchIds],
    ...(names ? { stretchNames: names } : {}),
    durationMs: r.durationMs,
    completed: false,
  };
  return { type: 'stretch', pageId: v.pageId, progress: { running: p.running, record } };
}
