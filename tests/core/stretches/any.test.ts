import { describe, expect, it } from 'vitest';
import {
  allStretches,
  customNames,
  customSources,
  figureOf,
  findStretch,
  isCustomStretch,
  nameSaid,
  stretchPool,
} from '../../../src/core/stretches/any';
import { stretchById, stretches } from '../../../src/core/stretches/library';
import { custom } from './support/custom';

const ids = (list: { id: string }[]) => list.map((s) => s.id);
const own = custom();
const floor = custom({ id: 'custom-floorfloor', position: 'floor', deskFriendly: false });

describe('one stretch type', () => {
  it('tells a custom stretch from a built-in', () => {
    expect(isCustomStretch(own)).toBe(true);
    expect(isCustomStretch(stretchById('cobra')!)).toBe(false);
  });

  it('finds a stretch by id among the built-ins and the custom ones, and nothing for a deleted one', () => {
    expect(findStretch('cobra', [own])).toBe(stretchById('cobra'));
    expect(findStretch(own.id, [own])).toBe(own);
    expect(findStretch(own.id, [])).toBeUndefined();
  });

  it('lists the built-ins first; a custom stretch cannot stand in for a built-in id', () => {
    const list = allStretches([own, custom({ id: 'cobra' })]);
    expect(ids(list)).toEqual([...ids([...stretches]), own.id]);
  });

  it("puts the organisation's stretches before the person's own, and keeps the organisation's on an id both use", () => {
    const org = custom({ name: 'From work' });
    const mine = custom({ id: 'custom-mine000000', name: 'Mine' });
    expect(customSources([org], [custom({ name: 'Same id' }), mine]).map((s) => s.name)).toEqual(['From work', 'Mine']);
  });

  it('deals enabled built-ins, then enabled custom ones, by the same floor and switch-off rules', () => {
    const settings = { floorStretchesEnabled: false, disabledStretchIds: ['eagle-arms'] };
    const pool = stretchPool(settings, [own, floor]);
    expect(ids(pool).at(-1)).toBe(own.id);
    expect(ids(pool)).not.toContain(floor.id);
    expect(ids(pool)).not.toContain('eagle-arms');
    expect(ids(stretchPool({ ...settings, floorStretchesEnabled: true }, [own, floor])).slice(-2)).toEqual([own.id, floor.id]);
    expect(ids(stretchPool({ ...settings, disabledStretchIds: [own.id] }, [own]))).not.toContain(own.id);
  });

  it("draws a built-in's own figure, a custom stretch's chosen one, or none", () => {
    expect(figureOf(stretchById('cobra')!)).toEqual({ stretchId: 'cobra', mirrored: false });
    expect(figureOf(own)).toEqual({ stretchId: 'eagle-arms', mirrored: true });
    expect(figureOf(custom({ figure: null }))).toBeNull();
  });

  it("says a built-in's name by key and a custom one's as its text", () => {
    expect(nameSaid(stretchById('cobra')!)).toBe('stretch_cobra_name');
    expect(nameSaid(own)).toEqual({ text: 'Schulterkreisen' });
  });

  it('keeps the names of custom stretches for the history, and nothing for built-ins only', () => {
    expect(customNames([stretchById('cobra')!, own])).toEqual({ [own.id]: 'Schulterkreisen' });
    expect(customNames([stretchById('cobra')!])).toBeUndefined();
  });
});
