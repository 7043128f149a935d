// How a person's stretches travel between their devices through storage.sync, as pure policy.
// Each stretch is one sync item (`stretch.<id>`), so one edit writes one item and two devices
// editing different stretches never collide. A deletion leaves a tombstone for a while, so it
// reaches the other devices instead of the stretch coming back from them. The newer change wins;
// when a deletion and an edit are equally new, the stretch is kept: never lose one silently.
import { itemBytes, SYNC_LIMITS, type OtherUsage, type SyncLimits } from '../devices/quota';
import type { CustomStretch } from './custom';

export const CUSTOM_SYNC_PREFIX = 'stretch.';
export const customSyncKey = (id: string) => `${CUSTOM_SYNC_PREFIX}${id}`;
/** Long enough for every device that is used at all to have seen the deletion. */
export const TOMBSTONE_KEEP_MS = 60 * 86_400_000;
/**
 * The most of storage.sync the stretches may take, so the settings and device summaries that
 * share it always keep room (the settings must never stop syncing because of a stretch).
 */
export const CUSTOM_SYNC_BUDGET_BYTES = 48 * 1024;

export interface Tombstone {
  id: string;
  deletedAt: number;
}

export type CustomEntry = CustomStretch | Tombstone;

export const isTombstone = (e: CustomEntry): e is Tombstone => 'deletedAt' in e;
const changedAt = (e: CustomEntry) => (isTombstone(e) ? e.deletedAt : e.updatedAt);

/** One entry per id: the newer of the two, a stretch over a tombstone of the same instant. */
export function mergeEntries(mine: readonly CustomEntry[], theirs: readonly CustomEntry[]): CustomEntry[] {
  const byId = new Map<string, CustomEntry>();
  for (const e of [...mine, ...theirs]) {
    const had = byId.get(e.id);
    if (!had || changedAt(e) > changedAt(had) || (changedAt(e) === changedAt(had) && isTombstone(had) && !isTombstone(e)))
      byId.set(e.id, e);
  }
  return [...byId.values()];
}

/** Tombstones older than TOMBSTONE_KEEP_MS are dropped; stretches are kept in their order. */
export function pruneTombstones(entries: readonly CustomEntry[], now: number): CustomEntry[] {
  return entries.filter((e) => !isTombstone(e) || now - e.deletedAt < TOMBSTONE_KEEP_MS);
}

export const liveStretches = (entries: readonly CustomEntry[]): CustomStretch[] =>
  entries.filter((e): e is CustomStretch => !isTombstone(e));

export interface SyncPlan {
  /** The items storage.sync should hold, by key. */
  items: Record<string, CustomEntry>;
  /** Stretches that did not fit: kept on this device only, and the person is told. */
  localOnly: string[];
}

/**
 * Which entries go to storage.sync: in order, each that fits the per-item limit and what is left
 * of the budget and of the whole area (beside `others`, the settings and device summaries).
 * Tombstones come first: they are small and must travel for a deletion to take.
 */
export function planCustomSync(
  entries: readonly CustomEntry[],
  others: OtherUsage,
  limits: SyncLimits = SYNC_LIMITS,
  budget = CUSTOM_SYNC_BUDGET_BYTES,
): SyncPlan {
  const room = Math.min(budget, limits.QUOTA_BYTES - others.bytes);
  const items: Record<string, CustomEntry> = {};
  const localOnly: string[] = [];
  let used = 0;
  let count = others.items;
  const ordered = [...entries.filter(isTombstone), ...entries.filter((e) => !isTombstone(e))];
  for (const e of ordered) {
    const key = customSyncKey(e.id);
    const bytes = itemBytes(key, e);
    if (bytes <= limits.QUOTA_BYTES_PER_ITEM && used + bytes <= room && count + 1 <= limits.MAX_ITEMS) {
      items[key] = e;
      used += bytes;
      count += 1;
    } else if (!isTombstone(e)) localOnly.push(e.id);
  }
  return { items, localOnly };
}
