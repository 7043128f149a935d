// Three-quarter views. Some poses only read when the body is seen turned (a wrap of the arms in
// front of the face, an arm sliding under the chest to the other side), and guessing the share
// of each segment seen by eye gives limbs that change length as the figure moves. So these poses
// are written in 3D, with the same segment lengths, and turned to one camera here: each segment's
// screen angle and the share of its length seen come out of the projection, and the rig draws
// them as usual. Units are the frame's; x right, y down, z toward the viewer before turning.
import { LENGTH, type BodySide, type PoseSpec, type Three } from './body';

export type V3 = readonly [number, number, number];

/** A limb by the direction of each segment, or by where its wrist or ankle is, the elbow or knee pushed toward `bend`. */
export type Limb3 = readonly [V3, V3, V3] | { readonly to: V3; readonly bend: V3; readonly end: V3 };

export interface Body3 {
  /** The pelvis centre. */
  at: V3;
  /** Low, mid and upper back directions, pelvis to the base of the neck. */
  back: readonly [V3, V3, V3];
  neck: V3;
  /** Where the face points. */
  face: V3;
  /** Toward the person's right (side A) across the shoulders, and across the hips (defaults to the shoulders). */
  shoulders: V3;
  hips?: V3;
  armA: Limb3;
  armB: Limb3;
  legA: Limb3;
  legB: Limb3;
}

/**
 * The camera: turned `yaw` degrees about the vertical and looking down `pitch` degrees, about a
 * point on the floor that is drawn at `at` (by default straight below it, on the floor line).
 * Looking down, what is farther away is drawn higher, so the pivot is the nearest floor point.
 */
export interface Camera {
  yaw: number;
  pitch: number;
  pivot: V3;
  at?: readonly [number, number];
}

const add = (a: V3, b: V3, k = 1): V3 => [a[0] + b[0] * k, a[1] + b[1] * k, a[2] + b[2] * k];
const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const norm = (a: V3): V3 => {
  const l = Math.hypot(...a);
  if (l === 0) throw new Error('a direction of zero length');
  return [a[0] / l, a[1] / l, a[2] / l];
};
const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** Where a point lands on screen (orthographic). */
export function project(c: Camera, p: V3): [number, number] {
  const [x, y, z] = sub(p, c.pivot);
  const cy = Math.cos(rad(c.yaw));
  const sy = Math.sin(rad(c.yaw));
  const x1 = x * cy + z * sy;
  const z1 = -x * sy + z * cy;
  const y1 = y * Math.cos(rad(c.pitch)) + z1 * Math.sin(rad(c.pitch));
  const [ox, oy] = c.at ?? [c.pivot[0], c.pivot[1]];
  return [ox + x1, oy + y1];
}

/** How far toward the viewer a point is after turning: larger is nearer (for paint order). */
export function depth(c: Camera, p: V3): number {
  const [x, y, z] = sub(p, c.pivot);
  const z1 = -x * Math.sin(rad(c.yaw)) + z * Math.cos(rad(c.yaw));
  return z1 * Math.cos(rad(c.pitch)) - y * Math.sin(rad(c.pitch));
}

/** A segment of `length` along `dir`, on screen: its angle and the share of its length seen. */
function screen(c: Camera, dir: V3, length = 1): [number, number] {
  const o = project(c, [0, 0, 0]);
  const e = project(c, norm(dir).map((v) => v * length) as unknown as V3);
  const dx = e[0] - o[0];
  const dy = e[1] - o[1];
  // The drawing keeps two decimals of the share seen; the rig is given the same, so they agree.
  return [deg(Math.atan2(dy, dx)), Math.min(1, Math.round((Math.hypot(dx, dy) / length) * 100) / 100)];
}

/** Two segments from `root` reaching `to`, the joint between them pushed toward `bend`. */
function reach3(root: V3, to: V3, bend: V3, l1: number, l2: number): [V3, V3] {
  const v = sub(to, root);
  const d = Math.min(l1 + l2 - 1e-6, Math.max(Math.abs(l1 - l2) + 1e-6, Math.hypot(...v)));
  const u = norm(v);
  const a = (l1 * l1 - l2 * l2 + d * d) / (2 * d);
  const h = Math.sqrt(Math.max(0, l1 * l1 - a * a));
  const p = norm(sub(bend, u.map((k) => k * dot(bend, u)) as unknown as V3));
  const joint = add(add(root, u, a), p, h);
  return [sub(joint, root), sub(add(root, u, d), joint)];
}

export interface Turned {
  spec: PoseSpec;
  /** Every joint in 3D, for placing props and checking contacts. */
  points: Record<string, V3>;
}

/** A pose written in 3D, as the rig's pose seen from the camera. */
export function turned(c: Camera, b: Body3): Turned {
  const points: Record<string, V3> = { pelvis: b.at };
  const seen: Record<string, number> = {};
  const angle = (name: string, dir: V3, len: number) => {
    const [a, s] = screen(c, dir, len);
    seen[name] = s;
    return a;
  };
  let at = b.at;
  const back = (['lowBack', 'midBack', 'upBack'] as const).map((s, i) => {
    at = add(at, norm(b.back[i]!), LENGTH[s]);
    points[s] = at;
    return angle(s, b.back[i]!, LENGTH[s]);
  }) as unknown as Three;
  const neckBase = at;
  const neck = angle('neck', b.neck, LENGTH.neck);
  points.head = add(neckBase, norm(b.neck), LENGTH.neck);
  const [faceAngle, faceSeen] = screen(c, b.face, 1);
  const [lateral, wide] = screen(c, b.shoulders, LENGTH.clav);
  const [hipLateral, hipWide] = screen(c, b.hips ?? b.shoulders, LENGTH.pelv);
  const limb = (l: Limb3, root: V3, side: BodySide, arm: boolean): Three => {
    const [u, f, e] = arm ? (['upperArm', 'forearm', 'hand'] as const) : (['thigh', 'shin', 'foot'] as const);
    const dirs: readonly V3[] = 'to' in l ? [...reach3(root, l.to, l.bend, LENGTH[u], LENGTH[f]), l.end] : l;
    let p = root;
    return ([u, f, e] as const).map((s, i) => {
      p = add(p, norm(dirs[i]!), LENGTH[s]);
      points[s + side] = p;
      return angle(s + side, dirs[i]!, LENGTH[s]);
    }) as unknown as Three;
  };
  const sA = norm(b.shoulders);
  const hA = norm(b.hips ?? b.shoulders);
  points.shoulderA = add(neckBase, sA, LENGTH.clav);
  points.shoulderB = add(neckBase, sA, -LENGTH.clav);
  points.hipA = add(b.at, hA, LENGTH.pelv);
  points.hipB = add(b.at, hA, -LENGTH.pelv);
  const spec: PoseSpec = {
    at: project(c, b.at),
    back,
    neck,
    face: [faceAngle, faceSeen],
    wide,
    lateral,
    hipWide,
    hipLateral,
    armA: limb(b.armA, points.shoulderA, 'A', true),
    armB: limb(b.armB, points.shoulderB, 'B', true),
    legA: limb(b.legA, points.hipA, 'A', false),
    legB: limb(b.legB, points.hipB, 'B', false),
    seen,
  };
  return { spec, points };
}
