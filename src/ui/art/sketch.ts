// The tools the figures are drawn with: a pose is sketched with some limbs placed by where their
// hand or foot rests (a reach), and solved into the joint angles of the one shared body (body.ts).
// Frame 120 × 120, floor at y = 112; angles in degrees on screen (0 = right, 90 = down).
import { joints, LENGTH, pose, type BodySide, type PoseSpec, type Three } from './body';
import type { FigureSpec, Pt } from './drawing';

/** A limb placed by its end: wrist or ankle at `to`, the elbow or knee bent to one side. */
export interface Reach {
  to: Pt | ((j: Joints) => Pt);
  bend: 1 | -1;
  end: number;
}
export type Joints = ReturnType<typeof joints>;
export type LimbSpec = Three | Reach;
export type Sketch = Omit<PoseSpec, 'armA' | 'armB' | 'legA' | 'legB'> & { armA: LimbSpec; armB: LimbSpec; legA: LimbSpec; legB: LimbSpec };

export const deg = (r: number) => (r * 180) / Math.PI;

/** Two-segment reach: the angles of the upper and lower segment that bring the end to `to`. */
export function reach(root: Pt, r: Reach & { to: Pt }, l1: number, l2: number): Three {
  const dx = r.to[0] - root[0];
  const dy = r.to[1] - root[1];
  const d = Math.min(l1 + l2 - 1e-6, Math.max(Math.abs(l1 - l2) + 1e-6, Math.hypot(dx, dy)));
  const base = Math.atan2(dy, dx);
  const bend = Math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d));
  const a1 = base + r.bend * bend;
  const mid: Pt = [root[0] + l1 * Math.cos(a1), root[1] + l1 * Math.sin(a1)];
  const a2 = Math.atan2(r.to[1] - mid[1], r.to[0] - mid[0]);
  return [deg(a1), deg(a2), r.end];
}

export function solve(s: Sketch): PoseSpec {
  const zero: Three = [0, 0, 0];
  const pick = (l: LimbSpec) => ('to' in l ? zero : l);
  const rough = { ...s, armA: pick(s.armA), armB: pick(s.armB), legA: pick(s.legA), legB: pick(s.legB) };
  const j = joints(pose(rough));
  const seen = (k: string) => s.seen?.[k as keyof typeof s.seen] ?? 1;
  const limb = (l: LimbSpec, root: Pt, side: BodySide, arm: boolean): Three => {
    if (!('to' in l)) return l;
    const [u, f] = arm ? (['upperArm', 'forearm'] as const) : (['thigh', 'shin'] as const);
    const to = typeof l.to === 'function' ? l.to(j) : l.to;
    return reach(root, { ...l, to }, LENGTH[u] * seen(u + side), LENGTH[f] * seen(f + side));
  };
  return {
    ...s,
    armA: limb(s.armA, j.clavA.to, 'A', true),
    armB: limb(s.armB, j.clavB.to, 'B', true),
    legA: limb(s.legA, j.pelvA.to, 'A', false),
    legB: limb(s.legB, j.pelvB.to, 'B', false),
  };
}

export const figure = (f: Omit<FigureSpec, 'start' | 'stretch'> & { start: Sketch; stretch: Sketch }): FigureSpec => ({
  ...f,
  start: solve(f.start),
  stretch: solve(f.stretch),
});

/**
 * The back's three segments from the pelvis to the base of the neck as an even curve, turning
 * clockwise on screen (1) or counterclockwise (-1): the nearer the two ends, the deeper the
 * curve. Facing left on all fours, clockwise sags (cow) and counterclockwise arches (cat).
 */
export function spine(pelvis: Pt, neckBase: Pt, turn: 1 | -1): Three {
  const chord = (k: number): Pt => {
    const r = (a: number) => (a * Math.PI) / 180;
    return [
      LENGTH.lowBack * Math.cos(r(-k)) + LENGTH.midBack + LENGTH.upBack * Math.cos(r(k)),
      LENGTH.lowBack * Math.sin(r(-k)) + LENGTH.upBack * Math.sin(r(k)),
    ];
  };
  const want = Math.hypot(neckBase[0] - pelvis[0], neckBase[1] - pelvis[1]);
  let lo = 0;
  let hi = 89;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (Math.hypot(...chord(mid)) > want) lo = mid;
    else hi = mid;
  }
  const k = turn * lo;
  const [cx, cy] = chord(k);
  const m = deg(Math.atan2(neckBase[1] - pelvis[1], neckBase[0] - pelvis[0]) - Math.atan2(cy, cx));
  return [m - k, m, m + k];
}

/** A point behind the head, opposite the face: where laced fingers rest. */
export function behindHead(j: Joints, by = 5): Pt {
  const [cx, cy] = j.neck.to;
  const a = Math.atan2(j.nose.to[1] - cy, j.nose.to[0] - cx);
  return [cx - by * Math.cos(a), cy - by * Math.sin(a)];
}

export const along = (j: Joints, seg: 'upperArmB', t: number): Pt => {
  const { from, to } = j[seg];
  return [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t];
};

/** A chair without wheels seen from the side, its back on the left. */
export const chairSide = (x: number, seat: number) => [
  `M${x} ${seat}H${x + 26}`,
  `M${x + 2} ${seat}V112`,
  `M${x + 24} ${seat}V112`,
  `M${x + 1} ${seat}V${seat - 36}`,
];
/** A chair from the front: the seat edge and two legs. */
export const chairFront = (x: number, w: number, seat: number) => [
  `M${x} ${seat}H${x + w}`,
  `M${x + 2} ${seat}V112`,
  `M${x + w - 2} ${seat}V112`,
];

export const frontFeet = { footA: 0.5, footB: 0.5 };
