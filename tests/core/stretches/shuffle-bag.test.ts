import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clearCurrent,
  currentOrNext,
  drawNext,
  emptyBag,
  forBreak,
  parseBag,
  type ShuffleBag,
} from '../../../src/core/stretches/shuffle-bag';

/** A small seeded generator (mulberry32), so a failing case can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function deal(bag: ShuffleBag, ids: string[], n: number, random: () => number) {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = drawNext(bag, ids, random);
    out.push(r.id!);
    bag = r.bag;
  }
  return { out, bag };
}

const desk = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

describe('shuffle bag', () => {
  it('deals every enabled stretch once per round, and never the same one twice in a row', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 5 }), (seed, size, rounds) => {
        const ids = Array.from({ length: size }, (_, i) => `s${i}`);
        const { out } = deal(emptyBag(), ids, size * rounds, seeded(seed));
        for (let r = 0; r < rounds; r++) expect(out.slice(r * size, (r + 1) * size).sort()).toEqual([...ids].sort());
        if (size > 1) for (let i = 1; i < out.length; i++) expect(out[i]).not.toBe(out[i - 1]);
      }),
    );
  });

  it('is fair over many rounds: counts differ by at most one at any point', () => {
    const random = seeded(42);
    let bag = emptyBag();
    const counts = new Map(desk.map((id) => [id, 0]));
    for (let i = 0; i < 500; i++) {
      const r = drawNext(bag, desk, random);
      bag = r.bag;
      counts.set(r.id!, counts.get(r.id!)! + 1);
      const values = [...counts.values()];
      expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
    }
  });

  it('shows a newly enabled stretch before repeating any other', () => {
    const random = seeded(7);
    const first = deal(emptyBag(), ['a', 'b', 'c'], 2, random);
    const rest = deal(first.bag, ['a', 'b', 'c', 'd'], 2, random);
    expect([...first.out, ...rest.out].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('never deals a disabled stretch', () => {
    const random = seeded(3);
    const { out } = deal(emptyBag(), ['a', 'b'], 10, random);
    expect(out.every((id) => id === 'a' || id === 'b')).toBe(true);
  });

  it('deals the only stretch over and over when just one is enabled, and null when none is', () => {
    expect(deal(emptyBag(), ['a'], 3, seeded(1)).out).toEqual(['a', 'a', 'a']);
    expect(drawNext(emptyBag(), [], seeded(1)).id).toBeNull();
  });

  it('skips excluded stretches and returns null once all are excluded', () => {
    const r = drawNext(emptyBag(), ['a', 'b'], () => 0, ['a']);
    expect(r.id).toBe('b');
    expect(drawNext(r.bag, ['a', 'b'], () => 0, ['a', 'b']).id).toBeNull();
  });

  it('survives a random source out of range', () => {
    for (const bad of [1, 5, -1, Number.NaN]) expect(desk).toContain(drawNext(emptyBag(), desk, () => bad).id);
  });

  it('keeps offering the current stretch until it is cleared or disabled', () => {
    const first = currentOrNext(emptyBag(), desk, seeded(9));
    expect(currentOrNext(first.bag, desk, seeded(10)).id).toBe(first.id);
    const cleared = currentOrNext(clearCurrent(first.bag), desk, seeded(10));
    expect(cleared.id).not.toBe(first.id);
    const disabled = currentOrNext(
      first.bag,
      desk.filter((id) => id !== first.id),
      seeded(10),
    );
    expect(disabled.id).not.toBe(first.id);
  });

  it('parses a saved bag and starts afresh from anything malformed', () => {
    const saved: ShuffleBag = { version: 1, shown: ['a', 'b'], last: 'b', current: 'b', breakId: '100-2', routine: ['a', 'b'] };
    expect(parseBag(structuredClone(saved))).toEqual(saved);
    for (const bad of [
      undefined,
      null,
      'x',
      7,
      {},
      { ...saved, version: 2 },
      { ...saved, shown: [1] },
      { ...saved, last: 5 },
      { ...saved, current: {} },
    ]) {
      expect(parseBag(bad)).toEqual(emptyBag());
    }
  });

  it('reads a bag saved before breaks were named as tied to no break', () => {
    expect(parseBag({ version: 1, shown: ['a'], last: 'a', current: 'a' })).toEqual({
      ...emptyBag(),
      shown: ['a'],
      last: 'a',
      current: 'a',
    });
  });
});

describe('a card per break', () => {
  const dealt: ShuffleBag = { version: 1, shown: ['a'], last: 'a', current: 'a', breakId: '100-1', routine: ['a', 'b'] };

  it('keeps what was dealt for the same break, or when the break is unknown', () => {
    expect(forBreak(dealt, '100-1')).toBe(dealt);
    expect(forBreak(dealt, null)).toBe(dealt);
  });

  it('puts the card and routine away for the next break, keeping the round', () => {
    const next = forBreak(dealt, '160-2');
    expect(next).toEqual({ ...dealt, current: null, routine: null, breakId: '160-2' });
    const r = currentOrNext(next, desk, seeded(1));
    expect(r.id).not.toBe('a');
    expect(r.bag.breakId).toBe('160-2');
  });

  it('ties a bag from before to the break at hand without dropping its card', () => {
    const old = { ...dealt, breakId: null, routine: null };
    expect(forBreak(old, '100-1')).toEqual({ ...old, breakId: '100-1' });
  });
});
