// What the e2e suites open and read again and again: the popup at its size, a chosen stretch on
// offer, the stretch lists, the stored engine record and the history database. Taken from the
// extension's own sources (library, keys, the shuffle bag's shape), never copied.
import { stretches } from '../../../src/core/stretches/library';
import { emptyBag, type ShuffleBag } from '../../../src/core/stretches/shuffle-bag';
import { DB_NAME, ENGINE_KEY, SETTINGS_KEY, SHUFFLE_KEY } from '../../../src/storage/keys';
import type { ExtPage, Run } from './driver';

/** Every stretch id, in the library's order. */
export const ALL_STRETCHES = stretches.map((s) => s.id);
/** The stretches a popup offers by default (floor stretches off). */
export const DESK_STRETCHES = stretches.filter((s) => s.deskFriendly).map((s) => s.id);
export const POPUP_SIZE = { width: 360, height: 560 } as const;

/** A bag whose stretch on offer is `id`. */
export function bagOffering(id: string): ShuffleBag {
  return { ...emptyBag(), shown: [id], last: id, current: id };
}

/** Puts `id` on offer for the next popup. */
export function offerStretch(run: Run, id: string): Promise<void> {
  return run.storageSet('local', { [SHUFFLE_KEY]: bagOffering(id) });
}

/** Writes a settings record the way the options page does (storage.sync); the background applies it at once. */
export function setSettings(run: Run, settings: Record<string, unknown>): Promise<void> {
  return run.storageSet('sync', { [SETTINGS_KEY]: settings });
}

/** Opens the popup at its size, showing its card; with `current`, that stretch. */
export async function openPopup(run: Run, options: { current?: string; query?: string } = {}): Promise<ExtPage> {
  if (options.current) await offerStretch(run, options.current);
  const page = await run.openPage(`popup.html${options.query ?? ''}`, POPUP_SIZE);
  await page.waitForSelector(options.current ? `.card [data-figure="${options.current}"]` : '.card');
  return page;
}

/** The figure the popup's card shows. */
export const figureOf = (page: ExtPage) => page.attr('[data-figure]', 'data-figure');

export interface EngineRecord {
  state: {
    activeMs: number;
    lastSeenAt: number;
    phase: { tag: string; since: number; from?: number; notifiedAt?: number | null; until?: number | null };
    cycle: { startedAt: number };
  };
  pending: unknown[];
}
export const engineRecord = (run: Run) => run.storageGet<EngineRecord>('local', ENGINE_KEY);

/** Every record of one IndexedDB store of the history, read in an extension page. */
export function historyRecords<T = Record<string, unknown>>(page: ExtPage, store = 'events'): Promise<T[]> {
  return page.evaluate(
    ([name, s]) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(s).objectStore(s).getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    [DB_NAME, store] as const,
  );
}
