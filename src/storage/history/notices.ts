import type { StorageArea } from '../../platform/storage-area';
import { NOTICES_KEY } from '../keys';

/**
 * Things about the history the user should know, written by whichever context hit them (often
 * the background, which has no UI) and shown by the options and stats pages. Kept in
 * storage.local, one entry per kind, so a problem that repeats on every write shows once.
 */
export type NoticeKind =
  | 'historyBlocked'
  | 'historyCompacted'
  | 'historyFull'
  | 'historyFallback'
  | 'historyWriteFailed'
  | 'historyNewerVersion';

export interface Notice {
  kind: NoticeKind;
  /** Epoch ms of the latest occurrence. */
  at: number;
  detail?: string;
}

export interface NoticeBoard {
  add(kind: NoticeKind, detail?: string): Promise<void>;
  list(): Promise<Notice[]>;
  dismiss(kind: NoticeKind): Promise<void>;
  onChange(listener: () => void): void;
}

const KEY = NOTICES_KEY;

export function noticeBoard(area: StorageArea, now: () => number = Date.now): NoticeBoard {
  async function read(): Promise<Record<string, Notice>> {
    try {
      const value = await area.get(KEY);
      return typeof value === 'object' && value !== null ? (value as Record<string, Notice>) : {};
    } catch {
      return {};
    }
  }
  return {
    async add(kind, detail) {
      const all = await read();
      all[kind] = detail === undefined ? { kind, at: now() } : { kind, at: now(), detail: detail.slice(0, 300) };
      // A notice that cannot be stored (storage.local full too) is dropped: telling the user
      // about a problem must never become a second problem.
      await area.set(KEY, all).catch(() => undefined);
    },
    async list() {
      return Object.values(await read()).sort((a, b) => b.at - a.at);
    },
    async dismiss(kind) {
      const all = await read();
      if (!(kind in all)) return;
      delete all[kind];
      await area.set(KEY, all).catch(() => undefined);
    },
    onChange(listener) {
      area.onKeyChanged(KEY, () => listener());
    },
  };
}

/** For contexts without storage.local: remembers nothing, so nothing can fail. */
export const silentNoticeBoard: NoticeBoard = { add: async () => {}, list: async () => [], dismiss: async () => {}, onChange: () => {} };
