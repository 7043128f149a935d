// The figure data: both poses for every stretch, the whole body inside the frame, and one body
// for all: every segment is drawn at the shared length (times the share of it seen, in a turned
// view), joined to its parent, and keeps its length between the two poses.
import { describe, expect, it } from 'vitest';
import { stretches } from '../../../src/core/stretches/library';
import { joints, LENGTH, PARENT, pose, segLength, type Seg } from '../../../src/ui/art/body';
import { FLOOR, FRAME, segOf, type Fn } from '../../../src/ui/art/drawing';
import { drawingFor, figureIds } from '../../../src/ui/art/drawings';
import { figureSpec } from '../../../src/ui/art/figures';

type M = [number, number, number, number, number, number];
/** Composes a part's transform functions the way CSS and SVG do (left to right = outer to inner). */
function matrix(fns: readonly Fn[]): M {
  let m: M = [1, 0, 0, 1, 0, 0];
  const mul = ([a, b, c, d, e, f]: M, [A, B, C, D, E, F]: M): M => [
    a * A + c * B,
    b * A + d * B,
    a * C + c * D,
    b * C + d * D,
    a * E + c * F + e,
    b * E + d * F + f,
  ];
  for (const fn of fns) {
    if (fn[0] === 't') m = mul(m, [1, 0, 0, 1, fn[1], fn[2]]);
    else if (fn[0] === 'r') {
      const r = (fn[1] * Math.PI) / 180;
      m = mul(m, [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]);
    } else m = mul(m, [fn[1], 0, 0, 1, 0, 0]);
  }
  return m;
}
const apply = ([a, b, c, d, e, f]: M, x: number, y: number): [number, number] => [a * x + c * y + e, b * x + d * y + f];
const dist = (p: readonly number[], q: readonly number[]) => Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!);
/** Where a drawn part starts and ends on screen. */
function ends(fns: readonly Fn[], len: number): [[number, number], [number, number]] {
  const m = matrix(fns);
  return [apply(m, 0, 0), apply(m, len, 0)];
}
const ids = stretches.map((s) => s.id);
const figures = Object.fromEntries(figureIds.map((id) => [id, drawingFor(id)!]));

describe('stretch figures', () => {
  it('exist for every stretch in the library, and only for those', () => {
    expect(Object.keys(figures).sort()).toEqual([...ids].sort());
  });

  it('share one set of proportions: about 86 units tall standing, the same in every figure', () => {
    const standing = LENGTH.shin + LENGTH.thigh + LENGTH.lowBack + LENGTH.midBack + LENGTH.upBack + LENGTH.neck;
    expect(standing).toBeGreaterThan(70);
    expect(standing).toBeLessThan(FLOOR - 20);
    for (const id of ids) {
      for (const p of figures[id]!.parts) {
        if (p.kind === 'head') continue;
        expect(p.length, `${id} ${p.key}`).toBe(LENGTH[p.kind]);
      }
    }
  });

  describe.each(ids)('%s', (id) => {
    const f = figures[id]!;
    const spec = figureSpec(id)!;

    it('has a start and a stretch pose that differ, with the same transform functions in each part', () => {
      let moved = false;
      for (const p of f.parts) {
        expect(p.start.map((fn) => fn[0])).toEqual(p.stretch.map((fn) => fn[0]));
        if (JSON.stringify(p.start) !== JSON.stringify(p.stretch)) moved = true;
      }
      expect(moved).toBe(true);
    });

    it.each(['start', 'stretch'] as const)('keeps its whole body inside the frame and on or above the floor (%s)', (which) => {
      for (const p of f.parts) {
        for (const [x, y] of ends(p[which], p.length)) {
          const r = p.width / 2;
          expect(x - r, `${p.key} x`).toBeGreaterThanOrEqual(0);
          expect(x + r, `${p.key} x`).toBeLessThanOrEqual(FRAME);
          expect(y - r, `${p.key} y`).toBeGreaterThanOrEqual(0);
          // Round caps may rest on the floor line, not sink through it.
          expect(y + r, `${p.key} y`).toBeLessThanOrEqual(FLOOR + 1.5);
        }
      }
    });

    it.each(['start', 'stretch'] as const)('draws each segment at its shared length, joined to its parent (%s)', (which) => {
      const j = joints(pose(spec[which]));
      const seen = pose(spec[which]).seen;
      for (const p of f.parts) {
        const seg = segOf(p);
        const [a, b] = ends(p[which], p.length);
        if (p.kind === 'head') {
          expect(dist(a, j.neck.to)).toBeLessThan(0.05);
          continue;
        }
        expect(dist(a, j[seg].from), `${p.key} start`).toBeLessThan(0.05);
        expect(dist(a, b), `${p.key} length`).toBeCloseTo(segLength(seg) * seen[seg], 1);
        const parent = PARENT[seg];
        if (parent) expect(dist(a, j[parent].to), `${p.key} joint`).toBeLessThan(0.05);
      }
    });

    it('keeps every limb its length between the poses (side views: exactly; turned views: the true length)', () => {
      const a = pose(spec.start);
      const b = pose(spec.stretch);
      for (const seg of Object.keys(PARENT) as Seg[]) {
        // Only the seen share may change, and only where the figure says the view turns it.
        if (spec.view === 'side' && !/^(clav|pelv|nose)/.test(seg) && !spec.start.seen?.[seg] && !spec.stretch.seen?.[seg]) {
          expect(a.seen[seg], seg).toBe(1);
          expect(b.seen[seg], seg).toBe(1);
        }
        expect(a.seen[seg]).toBeGreaterThanOrEqual(0);
        expect(a.seen[seg]).toBeLessThanOrEqual(1);
        expect(b.seen[seg]).toBeLessThanOrEqual(1);
        if (!/^(clav|pelv|nose)/.test(seg)) expect(Math.min(a.seen[seg], b.seen[seg]), seg).toBeGreaterThanOrEqual(0.2);
      }
    });

    it('keeps its props inside the frame', () => {
      for (const d of [...f.props, ...f.solids]) {
        const n = (d.match(/-?[\d.]+/g) ?? []).map(Number);
        expect(n.length).toBeGreaterThan(1);
        for (const v of n) {
          expect(v, d).toBeGreaterThanOrEqual(0);
          expect(v, d).toBeLessThanOrEqual(FRAME);
        }
      }
    });

    it('has one bold arrow with a head, inside the frame', () => {
      expect(f.arrow.heads.length).toBe(spec.twoWay ? 2 : 1);
      for (const [x, y] of spec.arrow) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(FRAME);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(FLOOR);
      }
    });
  });

  it('turns every joint the short way between the poses', () => {
    for (const id of ids) {
      for (const p of figures[id]!.parts) {
        p.start.forEach((fn, i) => {
          if (fn[0] === 'r') expect(Math.abs(fn[1] - (p.stretch[i] as typeof fn)[1]), `${id} ${p.key}`).toBeLessThanOrEqual(180);
        });
      }
    }
  });

  it('labels only cat-cow with breathe in and out', () => {
    expect(ids.filter((id) => figures[id]!.labels)).toEqual(['cat-cow']);
  });
});
