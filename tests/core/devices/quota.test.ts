import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeSummary } from '../../../src/core/devices/encoding';
import { itemBytes, planItem, SYNC_LIMITS, utf8Length, HEADROOM_BYTES } from '../../../src/core/devices/quota';
import { busySummary } from './fixtures';

const KEY = 'device.abcdefghijkl';

describe('sync sizes', () => {
  it('counts the key plus the JSON of the value, in UTF-8 bytes', () => {
    expect(itemBytes('k', { a: 1 })).toBe(1 + '{"a":1}'.length);
    expect(utf8Length('Büro')).toBe(5);
    expect(utf8Length('会社')).toBe(6);
    expect(utf8Length('🙂')).toBe(4);
    expect(itemBytes('名', 'é')).toBe(3 + 4);
  });
});

describe('planItem', () => {
  it('writes everything when it fits', () => {
    const plan = planItem(KEY, busySummary(60), { bytes: 1_000, items: 1 });
    expect(plan).toMatchObject({ kind: 'write', keptDays: 60, droppedDays: 0 });
  });

  it('drops the oldest days first when the area is nearly full', () => {
    const others = { bytes: SYNC_LIMITS.QUOTA_BYTES - HEADROOM_BYTES - 1_500, items: 30 };
    const plan = planItem(KEY, busySummary(60), others);
    if (plan.kind !== 'write') throw new Error('expected a write');
    expect(plan.droppedDays).toBeGreaterThan(0);
    expect(plan.bytes).toBeLessThanOrEqual(1_500);
    const back = decodeSummary('x', plan.value);
    if (!back.ok) throw new Error('unreadable');
    // The newest days are the ones kept.
    expect(back.summary.days.map((d) => d.day)).toEqual(
      busySummary(60)
        .days.slice(plan.droppedDays)
        .map((d) => d.day),
    );
    // And one more day would not have fitted.
    const more = planItem(KEY, { ...busySummary(60), days: busySummary(60).days.slice(plan.droppedDays - 1) }, others);
    expect(more).toMatchObject({ droppedDays: 1 });
  });

  it('keeps one item within 8 KB however many days it is asked to hold', () => {
    const plan = planItem(KEY, busySummary(400), { bytes: 0, items: 0 });
    if (plan.kind !== 'write') throw new Error('expected a write');
    expect(plan.bytes).toBeLessThanOrEqual(SYNC_LIMITS.QUOTA_BYTES_PER_ITEM);
    expect(plan.droppedDays).toBeGreaterThan(0);
  });

  it('has no room when the area is full or has no item left', () => {
    expect(planItem(KEY, busySummary(5), { bytes: SYNC_LIMITS.QUOTA_BYTES - HEADROOM_BYTES - 20, items: 3 })).toEqual({ kind: 'noRoom' });
    expect(planItem(KEY, busySummary(5), { bytes: 10, items: SYNC_LIMITS.MAX_ITEMS })).toEqual({ kind: 'noRoom' });
  });

  it('never exceeds any limit and keeps as many of the newest days as fit (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: SYNC_LIMITS.QUOTA_BYTES }),
        fc.integer({ min: 0, max: 520 }),
        (n, bytes, items) => {
          const s = busySummary(n);
          const plan = planItem(KEY, s, { bytes, items });
          if (plan.kind === 'noRoom') {
            const empty = itemBytes(KEY, planItemValueWithNoDays(s));
            expect(items + 1 > SYNC_LIMITS.MAX_ITEMS || bytes + empty > SYNC_LIMITS.QUOTA_BYTES - HEADROOM_BYTES).toBe(true);
            return;
          }
          expect(plan.bytes).toBe(itemBytes(KEY, plan.value));
          expect(plan.bytes).toBeLessThanOrEqual(SYNC_LIMITS.QUOTA_BYTES_PER_ITEM);
          expect(bytes + plan.bytes).toBeLessThanOrEqual(SYNC_LIMITS.QUOTA_BYTES - HEADROOM_BYTES);
          expect(plan.keptDays + plan.droppedDays).toBe(n);
          if (plan.droppedDays > 0) {
            const oneMore = planItem(KEY, { ...s, days: s.days.slice(plan.droppedDays - 1) }, { bytes, items });
            expect(oneMore.kind === 'write' && oneMore.droppedDays).toBe(1);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

function planItemValueWithNoDays(s: ReturnType<typeof busySummary>) {
  const plan = planItem(KEY, { ...s, days: [] }, { bytes: 0, items: 0 });
  if (plan.kind !== 'write') throw new Error('an empty summary always fits an empty area');
  return plan.value;
}
