// A person's own stretches, kept whole in storage.local (this device's truth) and shared through
// storage.sync one item per stretch, within its quotas (the policy is core/stretches/custom-sync).
// What does not fit sync, or finds sync refusing, stays here and is named, never dropped. An entry
// that storage returns damaged is kept as it was and counted, never silently thrown away.
import { stretches as builtIns } from '../core/stretches/library';
import { checkCustomStretch, type CustomStretch } from '../core/stretches/custom';
import {
  CUSTOM_SYNC_PREFIX,
  liveStretches,
  mergeEntries,
  planCustomSync,
  pruneTombstones,
  isTombstone,
  type CustomEntry,
  type Tombstone,
} from '../core/stretches/custom-sync';
import { itemBytes } from '../core/devices/quota';
import type { StorageArea } from '../platform/storage-area';
import type { SyncArea } from '../platform/sync-area';
import { serial, type Serial } from '../core/serial';
import { CUSTOM_STRETCHES_KEY } from './keys';

const FIGURES = new Set(builtIns.map((s) => s.id));

export interface CustomStretchesView {
  stretches: CustomStretch[];
  /** Ids kept on this device only: over the sync quotas, or sync refused the write. */
  localOnly: string[];
  /** Stored entries that could not be read; kept as they are. */
  damaged: number;
}

interface LocalRecord {
  entries: unknown[];
  localOnly: string[];
}

function readEntry(value: unknown): CustomEntry | null {
  if (typeof value === 'object' && value !== null && 'deletedAt' in value) {
    const t = value as Tombstone;
    return typeof t.id === 'string' && typeof t.deletedAt === 'number' ? { id: t.id, deletedAt: t.deletedAt } : null;
  }
  const checked = checkCustomStretch(value, 'stored', FIGURES);
  return 'stretch' in checked ? checked.stretch : null;
}

function readAll(values: readonly unknown[]): { entries: CustomEntry[]; damaged: unknown[] } {
  const entries: CustomEntry[] = [];
  const damaged: unknown[] = [];
  for (const v of values) {
    const e = readEntry(v);
    if (e) entries.push(e);
    else damaged.push(v);
  }
  return { entries, damaged };
}

/**
 * The live stretches in what storage.local holds under CUSTOM_STRETCHES_KEY, without a merge with
 * sync: for the popup, which must paint before anything else answers. The background keeps the
 * local record merged with the other devices' changes (background/custom-stretches-sync.ts).
 */
export function readLocalStretches(record: unknown): CustomStretch[] {
  const entries = (record as Partial<LocalRecord> | null | undefined)?.entries;
  return Array.isArray(entries) ? liveStretches(readAll(entries).entries) : [];
}

export class CustomStretchesStore {
  /**
   * `lock` also holds off the other pages and the worker, each with a store of its own on the
   * same storage (platform/locks.ts in the browser); without it, only this store's calls queue.
   */
  constructor(
    private readonly local: StorageArea,
    private readonly sync: SyncArea | null,
    private readonly now: () => number,
    lock: Serial | null = null,
  ) {
    const own = serial();
    this.queue = lock ? (task) => own(() => lock(task)) : own;
  }

  private readonly queue: Serial;

  /** This device's stretches merged with what the other devices synced. */
  load(): Promise<CustomStretchesView> {
    return this.queue(() => this.change((entries) => entries));
  }

  /** Adds or replaces a stretch (by id), stamped now. */
  save(stretch: CustomStretch): Promise<CustomStretchesView> {
    return this.queue(() =>
      this.change((entries) => [...entries.filter((e) => e.id !== stretch.id), { ...stretch, updatedAt: this.now() }]),
    );
  }

  /** Adds several at once (an import planned by core/stretches/stretch-file: ids are new). */
  add(list: readonly CustomStretch[]): Promise<CustomStretchesView> {
    const ids = new Set(list.map((s) => s.id));
    return this.queue(() => this.change((entries) => [...entries.filter((e) => !ids.has(e.id)), ...list]));
  }

  /** Deletes a stretch; a tombstone carries the deletion to the other devices. */
  remove(id: string): Promise<CustomStretchesView> {
    return this.queue(() => this.change((entries) => [...entries.filter((e) => e.id !== id), { id, deletedAt: this.now() }]));
  }

  /**
   * "Delete all data": every stretch becomes a tombstone, in storage.local and in storage.sync,
   * so the person's other devices delete them too instead of bringing them back (as the reset
   * settings travel to them too); damaged entries go. The tombstones hold ids and dates only,
   * and are pruned after TOMBSTONE_KEEP_MS.
   */
  async clear(): Promise<CustomStretchesView> {
    await this.queue(async () => {
      const stored = (await this.local.get(CUSTOM_STRETCHES_KEY)) as LocalRecord | undefined;
      if (stored)
        await this.local.set(CUSTOM_STRETCHES_KEY, {
          entries: readAll(Array.isArray(stored.entries) ? stored.entries : []).entries,
          localOnly: [],
        });
    });
    return this.queue(() =>
      this.change((entries) =>
        entries.map((e) =>
          // Later than the stretch's own change even within one millisecond, so the deletion wins on every device.
          isTombstone(e) ? e : { id: e.id, deletedAt: Math.max(this.now(), e.updatedAt + 1) },
        ),
      ),
    );
  }

  /** Calls back when another page or device changed the stretches. */
  onChanged(listener: () => void): void {
    this.local.onKeyChanged(CUSTOM_STRETCHES_KEY, () => listener());
    this.sync?.onChanged((keys) => {
      if (keys.some((k) => k.startsWith(CUSTOM_SYNC_PREFIX))) listener();
    });
  }

  private async change(edit: (entries: CustomEntry[]) => CustomEntry[]): Promise<CustomStretchesView> {
    const stored = ((await this.local.get(CUSTOM_STRETCHES_KEY)) as LocalRecord | undefined) ?? { entries: [], localOnly: [] };
    const mine = readAll(Array.isArray(stored.entries) ? stored.entries : []);
    let synced: Record<string, unknown> = {};
    let syncError = false;
    try {
      synced = this.sync ? await this.sync.getAll() : {};
    } catch {
      syncError = true;
    }
    const theirs = readAll(
      Object.entries(synced)
        .filter(([k]) => k.startsWith(CUSTOM_SYNC_PREFIX))
        .map(([, v]) => v),
    );
    const entries = pruneTombstones(edit(mergeEntries(mine.entries, theirs.entries)), this.now());

    let localOnly = liveStretches(entries).map((s) => s.id);
    if (this.sync && !syncError) {
      const others = Object.entries(synced).filter(([k]) => !k.startsWith(CUSTOM_SYNC_PREFIX));
      const plan = planCustomSync(entries, { bytes: others.reduce((sum, [k, v]) => sum + itemBytes(k, v), 0), items: others.length });
      const changed = Object.fromEntries(Object.entries(plan.items).filter(([k, v]) => JSON.stringify(synced[k]) !== JSON.stringify(v)));
      // Items of ours that sync holds but the plan does not: moved to this device, or pruned.
      const gone = Object.keys(synced).filter(
        (k) => k.startsWith(CUSTOM_SYNC_PREFIX) && !(k in plan.items) && readEntry(synced[k]) !== null,
      );
      try {
        if (Object.keys(changed).length) await this.sync.set(changed);
        if (gone.length) await this.sync.remove(gone);
        localOnly = plan.localOnly;
      } catch {
        // Over a quota or a write rate: everything stays here, and the page says so.
      }
    }
    const record: LocalRecord = { entries: [...entries, ...mine.damaged], localOnly };
    if (JSON.stringify(record) !== JSON.stringify(stored)) await this.local.set(CUSTOM_STRETCHES_KEY, record);
    return { stretches: liveStretches(entries), localOnly, damaged: mine.damaged.length };
  }
}
