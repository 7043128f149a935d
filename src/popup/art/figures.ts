// The twelve stretches, each as two poses of the one shared body (body.ts): the start pose and
// the stretch pose, read from the card's steps. Frame 120 × 120, floor at y = 112; angles in
// degrees on screen (0 = right, 90 = down). Hands and feet that rest on something are placed by
// where they rest and the elbows and knees found from there, so a planted hand stays planted.
import { joints, LENGTH, pose, type BodySide, type PoseSpec, type Three } from './body';
import { arm, FOOT, FRONT_TRUNK, HAND, leg, outlined, SIDE_TRUNK, type FigureSpec, type Pt } from './drawing';
import { eagle, EAGLE_CHAIR, EAGLE_ORDER, NEEDLE_MAT, NEEDLE_ORDER, needleArrow, needlePoses } from './turned-figures';

/** A limb placed by its end: wrist or ankle at `to`, the elbow or knee bent to one side. */
interface Reach { to: Pt | ((j: Joints) => Pt); bend: 1 | -1; end: number }
type Joints = ReturnType<typeof joints>;
type LimbSpec = Three | Reach;
type Sketch = Omit<PoseSpec, 'armA' | 'armB' | 'legA' | 'legB'> & { armA: LimbSpec; armB: LimbSpec; legA: LimbSpec; legB: LimbSpec };

const deg = (r: number) => (r * 180) / Math.PI;

/** Two-segment reach: the angles of the upper and lower segment that bring the end to `to`. */
function reach(root: Pt, r: Reach & { to: Pt }, l1: number, l2: number): Three {
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

function solve(s: Sketch): PoseSpec {
  const zero: Three = [0, 0, 0];
  const pick = (l: LimbSpec) => ('to' in l ? zero : l);
  const rough = { ...s, armA: pick(s.armA), armB: pick(s.armB), legA: pick(s.legA), legB: pick(s.legB) };
  const j = joints(pose(rough));
  const seen = (k: string) => s.seen?.[k as keyof typeof s.seen] ?? 1;
  const limb = (l: LimbSpec, root: Pt, side: BodySide, arm: boolean): Three => {
    if (!('to' in l)) return l;
    const [u, f] = arm ? ['upperArm', 'forearm'] as const : ['thigh', 'shin'] as const;
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

const figure = (f: Omit<FigureSpec, 'start' | 'stretch'> & { start: Sketch; stretch: Sketch }): FigureSpec =>
  ({ ...f, start: solve(f.start), stretch: solve(f.stretch) });

/**
 * The back's three segments from the pelvis to the base of the neck as an even curve, turning
 * clockwise on screen (1) or counterclockwise (-1): the nearer the two ends, the deeper the
 * curve. Facing left on all fours, clockwise sags (cow) and counterclockwise arches (cat).
 */
function spine(pelvis: Pt, neckBase: Pt, turn: 1 | -1): Three {
  const chord = (k: number): Pt => {
    const r = (a: number) => (a * Math.PI) / 180;
    return [LENGTH.lowBack * Math.cos(r(-k)) + LENGTH.midBack + LENGTH.upBack * Math.cos(r(k)),
      LENGTH.lowBack * Math.sin(r(-k)) + LENGTH.upBack * Math.sin(r(k))];
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
function behindHead(j: Joints, by = 5): Pt {
  const [cx, cy] = j.neck.to;
  const a = Math.atan2(j.nose.to[1] - cy, j.nose.to[0] - cx);
  return [cx - by * Math.cos(a), cy - by * Math.sin(a)];
}

const along = (j: Joints, seg: 'upperArmB', t: number): Pt => {
  const { from, to } = j[seg];
  return [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t];
};

/** A chair without wheels seen from the side, its back on the left. */
const chairSide = (x: number, seat: number) => [`M${x} ${seat}H${x + 26}`, `M${x + 2} ${seat}V112`, `M${x + 24} ${seat}V112`, `M${x + 1} ${seat}V${seat - 36}`];
/** A chair from the front: the seat edge and two legs. */
const chairFront = (x: number, w: number, seat: number) => [`M${x} ${seat}H${x + w}`, `M${x + 2} ${seat}V112`, `M${x + w - 2} ${seat}V112`];

const frontFeet = { footA: 0.5, footB: 0.5 };

// Each figure is written as a function and solved only when asked for. The popup no longer
// solves them (it draws from poses.generated.ts); posing all twelve as its module loaded held up
// its first paint (issue 13: 9 ms of script before the card; bench/README.md has the measurements).
const sketches: Record<string, () => FigureSpec> = {
  'standing-forward-fold': () => figure({
    view: 'side',
    // From the side, a "∩": legs long with soft knees and the hips high over the heels, the back
    // hanging forward of the legs (apart from them, so the fold reads), head toward the shins.
    order: [...leg('far', 'B'), ...arm('far', 'B'), ...leg('near', 'A'), ...SIDE_TRUNK, ...arm('near', 'A')],
    start: { at: [56, 69.5], back: [-90, -91], neck: -88, face: [2, 1], armA: [94, 91, 90], armB: [97, 93, 90], legA: { to: [58, FOOT], bend: -1, end: 0 }, legB: { to: [56, FOOT], bend: -1, end: 0 } },
    stretch: { at: [50, 69], back: [4, 60], neck: 84, face: [170, 1], seen: { upperArmA: 0.9, forearmA: 0.9, upperArmB: 0.9, forearmB: 0.9 }, armA: { to: [77, HAND], bend: 1, end: 10 }, armB: { to: [75, HAND], bend: 1, end: 10 }, legA: { to: [54, FOOT], bend: -1, end: 0 }, legB: { to: [52, FOOT], bend: -1, end: 0 } },
    arrow: [[68, 24], [96, 24], [94, 66]],
  }),
  cobra: () => figure({
    view: 'side',
    inhale: 'stretch',
    start: { at: [56, 106.5], back: [0, 0], neck: -4, face: [20, 1], armA: { to: [76, HAND], bend: 1, end: 0 }, armB: { to: [77, HAND], bend: 1, end: 0 }, legA: [180, 180, 180], legB: [181, 180, 180] },
    stretch: { at: [56, 106.5], back: [-6, -28], neck: -45, face: [50, 1], armA: { to: [76, HAND], bend: 1, end: 0 }, armB: { to: [77, HAND], bend: 1, end: 0 }, legA: [180, 180, 180], legB: [181, 180, 180] },
    arrow: [[100, 100], [108, 86], [100, 72]],
  }),
  'downward-dog': () => figure({
    view: 'side',
    start: { at: [70, 50], back: [150, 140], neck: 135, face: [50, 1], armA: { to: [24, HAND], bend: -1, end: 180 }, armB: { to: [26, HAND], bend: -1, end: 180 }, legA: { to: [92, 104], bend: 1, end: 20 }, legB: { to: [94, 104], bend: 1, end: 20 } },
    stretch: { at: [70, 44], back: [135, 135], neck: 125, face: [40, 1], armA: { to: [24, HAND], bend: -1, end: 180 }, armB: { to: [26, HAND], bend: -1, end: 180 }, legA: { to: [94, FOOT], bend: 1, end: 0 }, legB: { to: [96, FOOT], bend: 1, end: 0 } },
    arrow: [[48, 40], [50, 22], [68, 22]],
  }),
  'modified-downward-dog': () => figure({
    view: 'side',
    solids: ['M2 71H31V76H2Z'],
    props: ['M6 76V112', 'M27 76V112'],
    start: { at: [80, 68], back: [-160, -155], neck: -155, face: [150, 1], armA: { to: [27, 69], bend: -1, end: 180 }, armB: { to: [28, 69], bend: -1, end: 180 }, legA: { to: [86, FOOT], bend: 1, end: 180 }, legB: { to: [88, FOOT], bend: 1, end: 180 } },
    stretch: { at: [82, 72], back: [178, 180], neck: 178, face: [92, 1], armA: { to: [27, 69], bend: -1, end: 180 }, armB: { to: [28, 69], bend: -1, end: 180 }, legA: { to: [92, FOOT], bend: 1, end: 180 }, legB: { to: [94, FOOT], bend: 1, end: 180 } },
    arrow: [[48, 40], [62, 44], [62, 60]],
  }),
  'childs-pose': () => figure({
    view: 'side',
    // From hands and knees, the seat goes back onto the heels and the hands walk forward: the back
    // a long rounded slope from the hips down to the forehead on the floor, resting on the thighs.
    // Arms first, so the head lying between them stays in sight.
    order: [...leg('far', 'B'), ...arm('far', 'B'), ...leg('near', 'A'), ...outlined(arm('near', 'A')), ...SIDE_TRUNK],
    start: { at: [64, 87.5], back: spine([64, 87.5], [39, 81.5], -1), neck: 200, face: [115, 1], armA: { to: [34, HAND], bend: 1, end: 180 }, armB: { to: [36, HAND], bend: 1, end: 180 }, legA: [90, 0, 0], legB: [90, 1, 0] },
    stretch: { at: [83.6, 101], back: spine([83.6, 101], [60, 100], -1), neck: 150, face: [40, 1], armA: { to: [30, 108], bend: 1, end: 180 }, armB: { to: [32, 108], bend: 1, end: 180 }, legA: [159.06, 0, 0], legB: [159.06, 1, 0] },
    arrow: [[62, 68], [88, 62], [92, 84]],
  }),
  'cat-cow': () => figure({
    view: 'side',
    twoWay: true,
    // The back over the limbs, so its whole curve is the top line of the figure.
    order: [...leg('far', 'B'), ...arm('far', 'B'), ...leg('near', 'A'), ...arm('near', 'A'), ...SIDE_TRUNK],
    // Knees under the hips and hands under the shoulders in both; only the back and head move:
    // cow lets the belly sink into a U and lifts the head, cat rounds the back up and tucks it.
    start: { at: [70, 87.5], back: spine([70, 87.5], [50, 80.5], 1), neck: 250, face: [205, 1], armA: { to: [49, HAND], bend: 1, end: 180 }, armB: { to: [51, HAND], bend: 1, end: 180 }, legA: [91, 0, 0], legB: [90, 1, 0] },
    stretch: { at: [70, 87.5], back: spine([70, 87.5], [50, 80.5], -1), neck: 112, face: [55, 1], armA: { to: [49, HAND], bend: 1, end: 180 }, armB: { to: [51, HAND], bend: 1, end: 180 }, legA: [91, 0, 0], legB: [90, 1, 0] },
    arrow: [[58, 62], [52, 46], [58, 30]],
  }),
  'thread-the-needle': () => figure({
    view: 'front',
    // Three-quarter from the front, on the side of the arm that stays planted, so the twist shows:
    // the right hand first reaches up (the chest opens), then slides under the chest and the left
    // arm to lie along the floor, palm up, as the right shoulder and temple come down to the mat.
    // The hips stay over the knees and the left hand stays where it is, its elbow bending.
    order: NEEDLE_ORDER,
    props: [NEEDLE_MAT],
    start: needlePoses().open.spec,
    stretch: needlePoses().threaded.spec,
    arrow: needleArrow(),
  }),
  'cross-body-shoulder': () => figure({
    view: 'front',
    order: [...leg('near', 'A'), ...leg('near', 'B'), ...FRONT_TRUNK, ...outlined(arm('near', 'B')), ...outlined(arm('near', 'A'))],
    start: { at: [60, 68.5], wide: 1, back: [-90, -90], neck: -90, seen: { upperArmB: 0.85, ...frontFeet }, armA: { to: (j) => along(j, 'upperArmB', 0.75), bend: 1, end: 60 }, armB: [158, 176, 180], legA: [92, 90, 180], legB: [88, 90, 0] },
    stretch: { at: [60, 68.5], wide: 1, back: [-90, -90], neck: -92, seen: { upperArmB: 1, ...frontFeet }, armA: { to: (j) => along(j, 'upperArmB', 0.75), bend: 1, end: 60 }, armB: [163, 180, 180], legA: [92, 90, 180], legB: [88, 90, 0] },
    arrow: [[50, 66], [34, 68], [26, 56]],
  }),
  'chin-to-chest': () => figure({
    view: 'side',
    props: chairSide(30, 95),
    start: { at: [40, 89.5], back: [-90, -90], neck: -90, face: [0, 1], armA: { to: (j) => behindHead(j), bend: -1, end: 0 }, armB: { to: (j) => behindHead(j, 4), bend: -1, end: 0 }, legA: [0, 90, 0], legB: [2, 92, 0] },
    stretch: { at: [40, 89.5], back: [-86, -74], neck: -38, face: [52, 1], armA: { to: (j) => behindHead(j), bend: 1, end: 0 }, armB: { to: (j) => behindHead(j, 4), bend: 1, end: 0 }, legA: [0, 90, 0], legB: [2, 92, 0] },
    arrow: [[64, 26], [80, 28], [78, 46]],
  }),
  'standing-side-reach': () => figure({
    view: 'front',
    start: { at: [60, 68.5], wide: 1, back: [-90, -90], neck: -90, seen: frontFeet, armA: [-95, -88, -90], armB: { to: [67, 68], bend: -1, end: 160 }, legA: { to: [56, FOOT], bend: 1, end: 180 }, legB: { to: [63, FOOT], bend: -1, end: 0 } },
    stretch: { at: [60, 68.5], wide: 1, back: [-80, -62], neck: -56, seen: frontFeet, armA: [-64, -34, -24], armB: { to: [67, 68], bend: -1, end: 160 }, legA: { to: [56, FOOT], bend: 1, end: 180 }, legB: { to: [63, FOOT], bend: -1, end: 0 } },
    arrow: [[70, 14], [92, 8], [100, 28]],
  }),
  'eagle-arms': () => figure({
    view: 'front',
    // Seated, seen from the front: the left upper arm over the right, elbow on elbow in front of
    // the chest, forearms twined up to palms together; the elbows lift from chest to shoulder height.
    order: EAGLE_ORDER,
    props: EAGLE_CHAIR,
    start: eagle(9),
    stretch: eagle(0),
    arrow: [[84, 70], [92, 58], [86, 44]],
  }),
  'chair-twist': () => figure({
    view: 'front',
    props: [...chairFront(38, 42, 90), 'M39 90V52'],
    order: [...leg('near', 'A'), ...leg('near', 'B'), ...FRONT_TRUNK, ...arm('near', 'A'), ...outlined(arm('near', 'B'))],
    start: { at: [60, 83], wide: 1, back: [-90, -90], neck: -90, seen: { thighA: 0.3, thighB: 0.3, ...frontFeet }, armA: { to: [42, 64], bend: -1, end: 180 }, armB: { to: [44, 72], bend: 1, end: 180 }, legA: [92, 90, 180], legB: [88, 90, 0] },
    stretch: { at: [60, 83], wide: 0.4, hipWide: 1, back: [-90, -90], neck: -90, face: [180, 0.8], seen: { thighA: 0.3, thighB: 0.3, ...frontFeet }, armA: { to: [42, 64], bend: 1, end: 180 }, armB: { to: [43, 70], bend: 1, end: 180 }, legA: [92, 90, 180], legB: [88, 90, 0] },
    arrow: [[82, 30], [62, 16], [42, 30]],
  }),
};

/** The stretches that have a figure. */
export const figureIds: readonly string[] = Object.keys(sketches);

const has = (id: string) => Object.prototype.hasOwnProperty.call(sketches, id);

/**
 * A figure's two poses, solved; undefined for an id without a figure. Not in the popup: the unit
 * tests write these into poses.generated.ts, which drawings.ts draws from.
 */
export function figureSpec(id: string): FigureSpec | undefined {
  return has(id) ? sketches[id]!() : undefined;
}
