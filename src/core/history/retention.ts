// How much history is kept: the user's retention setting, and what to give up when the disk is
// full. Pure, so both history writers (IndexedDB and the storage.local fallback) follow one plan.

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the disk is full, raw events are dropped oldest first in these steps (days of raw events
 * kept) until the write fits. Daily summaries always stay, so charts and streaks survive. The last
 * week's details are never given up: on a disk that is full for other reasons (the usual case),
 * deleting them would not make room and would only lose data.
 */
export const COMPACTION_KEEP_DAYS = [90, 30, 7] as const;

export interface CompactionStep {
  /** Days of raw events this step keeps. */
  keepDays: number;
  /** Raw events with `at` before this go. */
  beforeMs: number;
}

/** The steps to try, in order, for a write at `nowMs` that did not fit. */
export function compactionPlan(nowMs: number): CompactionStep[] {
  return COMPACTION_KEEP_DAYS.map((keepDays) => ({ keepDays, beforeMs: nowMs - keepDays * DAY_MS }));
}

/** The prune cutoff for a retention setting; null when the setting makes no sense. */
export function retentionCutoff(nowMs: number, retentionDays: number): number | null {
  if (!Number.isFinite(retentionDays) || retentionDays <= 0 || !Number.isFinite(nowMs)) return null;
  return nowMs - retentionDays * DAY_MS;
}
