// A person's stretches across two devices through storage.sync: the newer change wins, a deletion
// travels as a tombstone, an edit never loses to a deletion of the same instant, and what does not
// fit the sync quotas stays on the device, named.
import { describe, expect, it } from 'vitest';
import { SYNC_LIMITS } from '../../../src/core/devices/quota';
import {
  CUSTOM_SYNC_BUDGET_BYTES,
  customSyncKey,
  liveStretches,
  mergeEntries,
  planCustomSync,
  pruneTombstones,
  TOMBSTONE_KEEP_MS,
  type CustomEntry,
} from '../../../src/core/stretches/custom-sync';
import { custom } from './support/custom';

const a = custom({ id: 'custom-aaaaaa', name: 'A', updatedAt: 100 });
const b = custom({ id: 'custom-bbbbbb', name: 'B', updatedAt: 100 });

describe('merging two devices', () => {
  it('keeps both sides when they changed different stretches', () => {
    expect(
      mergeEntries([a], [b])
        .map((e) => e.id)
        .sort(),
    ).toEqual([a.id, b.id]);
  });

  it('takes the newer edit of the same stretch, whichever device has it', () => {
    const edited = { ...a, name: 'A, edited', updatedAt: 200 };
    expect(mergeEntries([a], [edited])).toEqual([edited]);
    expect(mergeEntries([edited], [a])).toEqual([edited]);
  });

  it('lets a newer deletion win, and an edit after it bring the stretch back', () => {
    const gone: CustomEntry = { id: a.id, deletedAt: 150 };
    expect(liveStretches(mergeEntries([a], [gone]))).toEqual([]);
    const later = { ...a, updatedAt: 160 };
    expect(liveStretches(mergeEntries([gone], [later]))).toEqual([later]);
  });

  it('never loses a stretch to a deletion of the same instant', () => {
    expect(liveStretches(mergeEntries([{ id: a.id, deletedAt: 100 }], [a]))).toEqual([a]);
    expect(liveStretches(mergeEntries([a], [{ id: a.id, deletedAt: 100 }]))).toEqual([a]);
  });

  it('forgets tombstones once every device had time to see them', () => {
    const entries: CustomEntry[] = [a, { id: 'custom-old', deletedAt: 0 }, { id: 'custom-new', deletedAt: TOMBSTONE_KEEP_MS }];
    expect(pruneTombstones(entries, TOMBSTONE_KEEP_MS + 1).map((e) => e.id)).toEqual([a.id, 'custom-new']);
  });
});

describe('fitting the sync quotas', () => {
  const none = { bytes: 0, items: 0 };

  it('puts each stretch in an item of its own', () => {
    const plan = planCustomSync([a, b], none);
    expect(Object.keys(plan.items)).toEqual([customSyncKey(a.id), customSyncKey(b.id)]);
    expect(plan.localOnly).toEqual([]);
  });

  it('keeps on this device what would pass the per-item limit', () => {
    const huge = custom({ id: 'custom-hugehuge', steps: Array(6).fill('肩'.repeat(500)) });
    const plan = planCustomSync([a, huge], none);
    expect(plan.localOnly).toEqual([huge.id]);
    expect(Object.keys(plan.items)).toEqual([customSyncKey(a.id)]);
  });

  it('stops at the budget, and leaves the settings and summaries their room', () => {
    const many = Array.from({ length: 50 }, (_, i) =>
      custom({ id: `custom-${String(i).padStart(6, 'm')}`, steps: Array(6).fill('x'.repeat(190)) }),
    );
    const plan = planCustomSync(many, none);
    const used = Object.entries(plan.items).reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v).length, 0);
    expect(used).toBeLessThanOrEqual(CUSTOM_SYNC_BUDGET_BYTES);
    expect(plan.localOnly.length).toBeGreaterThan(0);
    expect(Object.keys(plan.items).length + plan.localOnly.length).toBe(50);
    // A nearly full area: nothing goes, everything is kept here and named.
    const full = planCustomSync([a, b], { bytes: SYNC_LIMITS.QUOTA_BYTES - 100, items: 10 });
    expect(full).toEqual({ items: {}, localOnly: [a.id, b.id] });
  });

  it('sends deletions first, so they take even when the area is tight', () => {
    const gone: CustomEntry = { id: 'custom-gonegone', deletedAt: 5 };
    const bytes = customSyncKey(gone.id).length + JSON.stringify(gone).length;
    const plan = planCustomSync([a, gone], { bytes: SYNC_LIMITS.QUOTA_BYTES - bytes, items: 0 });
    expect(Object.keys(plan.items)).toEqual([customSyncKey(gone.id)]);
    expect(plan.localOnly).toEqual([a.id]);
  });
});
