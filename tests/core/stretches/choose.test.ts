import { describe, expect, it } from 'vitest';
import { enabledStretches, inFlowOrder } from '../../../src/core/stretches/choose';
import { stretches } from '../../../src/core/stretches/library';

const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('enabledStretches', () => {
  it('offers only desk-friendly stretches by default', () => {
    const list = enabledStretches({ floorStretchesEnabled: false, disabledStretchIds: [] });
    expect(list).toHaveLength(7);
    expect(list.every((s) => s.deskFriendly)).toBe(true);
  });

  it('adds the floor stretches when the person enables them', () => {
    expect(ids(enabledStretches({ floorStretchesEnabled: true, disabledStretchIds: [] }))).toEqual(ids([...stretches]));
  });

  it('leaves out stretches switched off one by one, and ignores unknown ids', () => {
    const list = ids(enabledStretches({ floorStretchesEnabled: true, disabledStretchIds: ['cobra', 'eagle-arms', 'no-such'] }));
    expect(list).toHaveLength(10);
    expect(list).not.toContain('cobra');
    expect(list).not.toContain('eagle-arms');
  });

  it('returns nothing, rather than overriding the choice, when everything is off', () => {
    expect(enabledStretches({ floorStretchesEnabled: false, disabledStretchIds: ids([...stretches]) })).toEqual([]);
  });
});

describe('inFlowOrder', () => {
  it('goes from chair to standing to wall to floor, keeping library order within a position', () => {
    const shuffled = [...stretches].reverse();
    const positions = inFlowOrder(shuffled).map((s) => s.position);
    const rank = { seated: 0, standing: 1, wall: 2, floor: 3 };
    for (let i = 1; i < positions.length; i++) expect(rank[positions[i]!]).toBeGreaterThanOrEqual(rank[positions[i - 1]!]);
    const seated = inFlowOrder(shuffled).filter((s) => s.position === 'seated');
    expect(ids(seated)).toEqual(ids(stretches.filter((s) => s.position === 'seated')));
  });
});
