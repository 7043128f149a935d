import type { NotifyFallback } from '../core/delivery/route';
import type { StorageArea } from '../platform/storage-area';
import { DELIVERY_KEY, STRETCH_WINDOW_KEY } from './keys';

/** Why the last due break came as the stretch window instead of a notification, and when. */
export interface DeliveryNote {
  fallback: NotifyFallback;
  at: number;
}

/**
 * What the background remembers of how breaks reach the person: the stretch window's id while
 * it is open (storage.session: a window does not outlive the browser), and the last reason a
 * notification could not be used (storage.local, for the options page). Never rejects: a lost
 * window id means one more window, a lost note one sentence less in options.
 */
export interface DeliveryStore {
  windowId(): Promise<number | null>;
  setWindowId(id: number | null): Promise<void>;
  note(): Promise<DeliveryNote | null>;
  /** Writes only when the reason changes, so a normal break costs one read. */
  setNote(fallback: NotifyFallback | null, now: number): Promise<void>;
  onNoteChange(listener: () => void): void;
}

const isNote = (v: unknown): v is DeliveryNote =>
  typeof v === 'object' &&
  v !== null &&
  ((v as DeliveryNote).fallback === 'blocked' || (v as DeliveryNote).fallback === 'failed') &&
  typeof (v as DeliveryNote).at === 'number';

export function deliveryStore(local: StorageArea, session: StorageArea | null): DeliveryStore {
  let memoryId: number | null = null;
  const quiet = <T>(p: Promise<T>, fallback: T) => p.catch(() => fallback);
  const readNote = async () => {
    const raw = await quiet(local.get(DELIVERY_KEY), undefined);
    return isNote(raw) ? raw : null;
  };
  return {
    async windowId() {
      if (!session) return memoryId;
      const raw = await quiet(session.get(STRETCH_WINDOW_KEY), undefined);
      return typeof raw === 'number' && Number.isInteger(raw) ? raw : null;
    },
    async setWindowId(id) {
      memoryId = id;
      if (!session) return;
      await quiet(id === null ? session.remove(STRETCH_WINDOW_KEY) : session.set(STRETCH_WINDOW_KEY, id), undefined);
    },
    note: readNote,
    async setNote(fallback, now) {
      const before = await readNote();
      if ((before?.fallback ?? null) === fallback) return;
      await quiet(fallback === null ? local.remove(DELIVERY_KEY) : local.set(DELIVERY_KEY, { fallback, at: now }), undefined);
    },
    onNoteChange(listener) {
      local.onKeyChanged(DELIVERY_KEY, () => listener());
    },
  };
}
