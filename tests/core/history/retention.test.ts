import { describe, expect, it } from 'vitest';
import { compactionPlan, DAY_MS, retentionCutoff } from '../../../src/core/history/retention';

describe('compactionPlan', () => {
  it('gives up older raw events first and never the last week', () => {
    const now = 1_000 * DAY_MS;
    expect(compactionPlan(now)).toEqual([
      { keepDays: 90, beforeMs: now - 90 * DAY_MS },
      { keepDays: 30, beforeMs: now - 30 * DAY_MS },
      { keepDays: 7, beforeMs: now - 7 * DAY_MS },
    ]);
  });
});

describe('retentionCutoff', () => {
  it('keeps the number of days the setting asks for', () => {
    expect(retentionCutoff(400 * DAY_MS, 365)).toBe(35 * DAY_MS);
  });

  it('prunes nothing for a setting that makes no sense', () => {
    for (const days of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) expect(retentionCutoff(400 * DAY_MS, days)).toBeNull();
    expect(retentionCutoff(Number.NaN, 30)).toBeNull();
  });
});
