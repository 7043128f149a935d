// The limits of storage.sync (the same in Chrome and Firefox), and how much of it a device's
// summary may take. Sizes are counted the way the browsers count them: the key's length plus the
// length of the value's JSON, in UTF-8 bytes.
import { encodeSummary, type EncodedSummary } from './encoding';
import type { DeviceSummary } from './summary';

export const SYNC_LIMITS = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
} as const;

export type SyncLimits = typeof SYNC_LIMITS;

/**
 * Room left free in the whole area after our write, so the settings (which share it) can still
 * grow by a field or two and save; a device summary must never be why the settings stop syncing.
 */
export const HEADROOM_BYTES = 2_048;

export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export function itemBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value) ?? '');
}

/** What everything else in storage.sync takes: the settings and the other devices' items. */
export interface OtherUsage {
  bytes: number;
  items: number;
}

export type ItemPlan =
  | { kind: 'write'; value: EncodedSummary; bytes: number; keptDays: number; droppedDays: number }
  /** Not even a summary without days fits: keep it on this device. */
  | { kind: 'noRoom' };

/**
 * The largest summary that fits: the newest days are kept and the oldest go first, until the
 * item is within the per-item limit and the whole area keeps its headroom. Dropping a day never
 * makes the item bigger, so a binary search over how many days to keep finds the largest fit.
 */
export function planItem(
  key: string,
  summary: DeviceSummary,
  others: OtherUsage,
  limits: SyncLimits = SYNC_LIMITS,
  headroom = HEADROOM_BYTES,
): ItemPlan {
  if (others.items + 1 > limits.MAX_ITEMS) return { kind: 'noRoom' };
  const budget = Math.min(limits.QUOTA_BYTES_PER_ITEM, limits.QUOTA_BYTES - headroom - others.bytes);
  const encode = (keep: number) => {
    const value = encodeSummary({ ...summary, days: summary.days.slice(summary.days.length - keep) });
    return { value, bytes: itemBytes(key, value) };
  };
  const all = summary.days.length;
  let fit = encode(all);
  if (fit.bytes <= budget) return { kind: 'write', ...fit, keptDays: all, droppedDays: 0 };
  let low = 0;
  let high = all - 1;
  let best: { keep: number; value: EncodedSummary; bytes: number } | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    fit = encode(mid);
    if (fit.bytes <= budget) {
      best = { keep: mid, ...fit };
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (!best) return { kind: 'noRoom' };
  return { kind: 'write', value: best.value, bytes: best.bytes, keptDays: best.keep, droppedDays: all - best.keep };
}
