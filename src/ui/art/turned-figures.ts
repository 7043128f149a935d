// The figures whose poses are written in 3D and seen turned (turned.ts): eagle arms, seated and
// seen from the front so the wrap shows, and thread the needle, seen three-quarter on a mat so the arm
// sliding under the chest shows. figures.ts puts them with the others.
import { LENGTH, type PoseSpec } from './body';
import { arm, FLOOR, FOOT, FRONT_TRUNK, HAND, leg, outlined, type Paint, type Pt } from './drawing';
import { project, turned, type Camera, type V3 } from './turned';

/** A prop seen from a turned camera: a polyline through 3D points. */
const line3 = (c: Camera, ...pts: V3[]) =>
  pts
    .map(
      (p, i) =>
        `${i ? 'L' : 'M'}${project(c, p)
          .map((n) => Math.round(n * 10) / 10)
          .join(' ')}`,
    )
    .join('');

// Seated, as the card says, on a chair without wheels; the feet are the nearest floor points.
const EAGLE_CAM: Camera = { yaw: -10, pitch: 6, pivot: [60, FLOOR, 28] };
/** The hips on the seat: thighs forward and a little down to the knees, shins down to the floor. */
const THIGH: V3 = [0, 0.33, 0.94];
const HIP_Y = FOOT - LENGTH.shin - LENGTH.thigh * 0.33;
const SEAT_Y = HIP_Y + 5;
/** The chair's seat edge and front legs, seen as the figure is. */
export const EAGLE_CHAIR = [
  line3(EAGLE_CAM, [45, SEAT_Y, 6], [75, SEAT_Y, 6]),
  line3(EAGLE_CAM, [47, SEAT_Y, 6], [47, FLOOR, 6]),
  line3(EAGLE_CAM, [73, SEAT_Y, 6], [73, FLOOR, 6]),
];
// Each arm outlined against the other, so the wrap reads as two arms: the left upper arm over
// the right, then the right forearm back over the left one.
const [rightUpperArm, ...rightForearmAndHand] = arm('near', 'A');
export const EAGLE_ORDER: readonly Paint[] = [
  ...leg('near', 'B'),
  ...leg('near', 'A'),
  ...FRONT_TRUNK,
  ...outlined([rightUpperArm!, ...arm('near', 'B'), ...rightForearmAndHand]),
];
/** Eagle arms with the elbows `drop` units below the shoulders. */
export function eagle(drop: number): PoseSpec {
  const at: V3 = [60, HIP_Y, 0];
  const neck: V3 = [60, at[1] - 26, 0];
  // Elbow on elbow in front of the chest; the hands meet higher, palms together, wrists crossed.
  // The upper arms cross at the chest (left over right), then the forearms cross back.
  const elbowA: V3 = [64.5, neck[1] + drop + 4, 7];
  const elbowB: V3 = [55.5, neck[1] + drop, 9];
  const hand = (e: V3, dx: number): V3 => [60 + dx, e[1] - 12.3, e[2] + 1];
  const arm = (shoulder: V3, elbow: V3, to: V3) => ({
    to,
    bend: [elbow[0] - shoulder[0], elbow[1] - shoulder[1] + 6, elbow[2]] as V3,
    end: [0, -1, 0.2] as V3,
  });
  return turned(EAGLE_CAM, {
    at,
    back: [
      [0, -1, 0],
      [0, -1, 0],
      [0, -1, 0],
    ],
    neck: [0, -1, 0],
    face: [0, 0, 1],
    shoulders: [-1, 0, 0],
    armA: arm([51.5, neck[1], 0], elbowA, hand(elbowA, -1.8)),
    armB: arm([68.5, neck[1], 0], elbowB, hand(elbowB, 1.8)),
    legA: [THIGH, [0, 1, 0], [0, 0.05, 1]],
    legB: [THIGH, [0, 1, 0], [0, 0.05, 1]],
  }).spec;
}

const NEEDLE_CAM: Camera = { yaw: -65, pitch: 25, pivot: [96, FLOOR, 24], at: [64, FLOOR] };
/** The mat under the kneeling figures seen turned, its nearest corner on the floor line. */
export const NEEDLE_MAT = line3(NEEDLE_CAM, [46, FLOOR, -36], [96, FLOOR, -36], [96, FLOOR, 24], [46, FLOOR, 24]) + 'Z';
// Seen from the threading arm's side: that arm goes behind the body as it slides under the chest
// and comes out past the planted hand on the far side.
export const NEEDLE_ORDER: readonly Paint[] = [
  ...leg('far', 'A'),
  ...outlined(arm('near', 'A')),
  ...FRONT_TRUNK,
  ...leg('near', 'B'),
  ...outlined(arm('near', 'B')),
];
/** Thread the needle: the right arm reaching up with the chest open, or threaded under the left. */
function needle(phase: 'open' | 'threaded'): ReturnType<typeof turned> {
  const at: V3 = [60, HAND - LENGTH.thigh, -13];
  const open = phase === 'open';
  // The shoulders turn about the body's long axis: right shoulder up, or down to the mat.
  const tilt = open ? -50 : 62;
  const shoulders: V3 = [-Math.cos((tilt * Math.PI) / 180), Math.sin((tilt * Math.PI) / 180), 0];
  const neckY = open ? 72.5 : 97.2;
  const neckBase: V3 = [60, neckY, at[2] + Math.sqrt(26 ** 2 - (neckY - at[1]) ** 2)];
  const backDir: V3 = [0, neckBase[1] - at[1], neckBase[2] - at[2]];
  const leftHand: V3 = [65.5, HAND, 13];
  const down: V3 = [0, 1, 0];
  const back: V3 = [0, 0.15, -1];
  return turned(NEEDLE_CAM, {
    at,
    back: [backDir, backDir, backDir],
    shoulders,
    hips: [-1, 0, 0],
    neck: open ? [-0.2, -0.35, 1] : [-0.3, 0.8, 0.52],
    face: open ? [-0.5, -0.85, 0.2] : [1, 0, 0.3],
    armA: open
      ? [
          [0.05, -1, 0],
          [0, -1, 0],
          [0, -1, 0],
        ]
      : [
          [1, 0.12, -0.12],
          [1, 0.02, -0.05],
          [1, 0, 0],
        ],
    armB: { to: leftHand, bend: open ? [0, 0, -1] : [1, 0, -0.6], end: [0, 0.1, 1] },
    legA: [down, back, back],
    legB: [down, back, back],
  });
}
let needles: { open: ReturnType<typeof turned>; threaded: ReturnType<typeof turned> } | null = null;
/** Both poses of thread the needle, turned once and only when the figure is drawn. */
export const needlePoses = () => (needles ??= { open: needle('open'), threaded: needle('threaded') });
/** The arrow follows the right hand, from up high round to under the chest. */
export const needleArrow = (): readonly [Pt, Pt, Pt] => {
  const [ux, uy] = project(NEEDLE_CAM, needlePoses().open.points.handA!);
  const [tx, ty] = project(NEEDLE_CAM, needlePoses().threaded.points.handA!);
  return [
    [ux - 9, uy + 4],
    [ux - 52, uy + 34],
    [tx - 24, ty - 4],
  ];
};
