// One body for every figure: a rig of segments with fixed lengths, posed by angles. A pose is
// the pelvis position plus one angle per segment, so every figure is the same person at the same
// scale, no limb can stretch between poses, and the browser can move the figure by interpolating
// the angles (see drawing.ts). Units are those of the 120 × 120 frame; angles are in degrees on
// screen (0 = right, 90 = down, -90 = up).

/**
 * Which of the body's two sides a segment is on. In a side view A is the near side; in a front
 * view it is the person's right, which the viewer sees on the left (see PoseSpec). Not core's
 * `Side` (the side a stretch is done on).
 */
export type BodySide = 'A' | 'B';
/** The segments of the trunk and head, one of each. */
export type Trunk = 'lowBack' | 'midBack' | 'upBack' | 'neck' | 'nose';
/** The segments there are two of, one on each side. */
export type Limb = 'clav' | 'upperArm' | 'forearm' | 'hand' | 'pelv' | 'thigh' | 'shin' | 'foot';
export type Seg = Trunk | `${Limb}${BodySide}`;
/** What a segment is, whichever side it is on: what gives it its length and width. */
export type SegKind = Trunk | Limb;

/** Segment lengths, about an 86-unit-tall adult; clav and pelv are half shoulder and hip widths. */
// The back has three segments so it can curve: sag in cow, arch in cat, round over in a fold.
export const LENGTH: Readonly<Record<SegKind, number>> = {
  lowBack: 8,
  midBack: 9,
  upBack: 9,
  neck: 9,
  nose: 9,
  clav: 8.5,
  upperArm: 16,
  forearm: 13.5,
  hand: 6,
  pelv: 5,
  thigh: 21,
  shin: 20,
  foot: 9,
};

export const HEAD_RADIUS = 6.5;

export const KIND: Readonly<Record<Seg, SegKind>> = {
  lowBack: 'lowBack',
  midBack: 'midBack',
  upBack: 'upBack',
  neck: 'neck',
  nose: 'nose',
  clavA: 'clav',
  upperArmA: 'upperArm',
  forearmA: 'forearm',
  handA: 'hand',
  clavB: 'clav',
  upperArmB: 'upperArm',
  forearmB: 'forearm',
  handB: 'hand',
  pelvA: 'pelv',
  thighA: 'thigh',
  shinA: 'shin',
  footA: 'foot',
  pelvB: 'pelv',
  thighB: 'thigh',
  shinB: 'shin',
  footB: 'foot',
};

export const segLength = (s: Seg): number => LENGTH[KIND[s]];

/** Each segment hangs from the end of its parent; null = from the pelvis. */
export const PARENT: Readonly<Record<Seg, Seg | null>> = {
  lowBack: null,
  midBack: 'lowBack',
  upBack: 'midBack',
  neck: 'upBack',
  nose: 'neck',
  clavA: 'upBack',
  upperArmA: 'clavA',
  forearmA: 'upperArmA',
  handA: 'forearmA',
  clavB: 'upBack',
  upperArmB: 'clavB',
  forearmB: 'upperArmB',
  handB: 'forearmB',
  pelvA: null,
  thighA: 'pelvA',
  shinA: 'thighA',
  footA: 'shinA',
  pelvB: null,
  thighB: 'pelvB',
  shinB: 'thighB',
  footB: 'shinB',
};

export const SEGMENTS = Object.keys(PARENT) as Seg[];

/** Three angles in order: a limb's segments from the body out, or the back from the pelvis up. */
export type Three = readonly [number, number, number];

/**
 * How a pose is written. In a side view side A is the near side; in a front view it is the
 * person's right, which the viewer sees on the left. `wide` is how much of the shoulder and hip
 * width faces the viewer: 0 in a side view, 1 facing front, in between when the body turns.
 */
export interface PoseSpec {
  at: readonly [number, number];
  /** Low, (mid,) upper back; with two angles the middle takes the angle halfway between. */
  back: readonly [number, number] | Three;
  neck: number;
  armA: Three;
  armB: Three;
  legA: Three;
  legB: Three;
  wide?: number;
  /** Screen direction of the body's side A, when the view is turned (three-quarter); else square to the back. */
  lateral?: number;
  /** The same for the hips, when they face another way than the shoulders; defaults to `lateral`. */
  hipLateral?: number;
  /** Hips turn less than shoulders in a twist; defaults to `wide`. */
  hipWide?: number;
  /** Where the face points; a profile (seen 1) shows the nose past the head, a front view (0) hides it. */
  face?: readonly [number, number];
  /** Segments pointing toward or away from the viewer: the share of their length seen. */
  seen?: Partial<Record<Seg, number>>;
}

export interface Pose {
  at: readonly [number, number];
  /** Absolute angle and the share of the length seen, per segment. */
  angle: Record<Seg, number>;
  seen: Record<Seg, number>;
}

export function pose(spec: PoseSpec): Pose {
  const wide = spec.wide ?? 0;
  const hipWide = spec.hipWide ?? wide;
  const [low, mid, up] =
    spec.back.length === 3 ? spec.back : [spec.back[0], spec.back[0] + fold(spec.back[1] - spec.back[0]) / 2, spec.back[1]];
  const limb = (side: BodySide, arm: Three, leg: Three) => ({
    [`clav${side}`]: (spec.lateral ?? up - 90) + (side === 'A' ? 0 : 180),
    [`upperArm${side}`]: arm[0],
    [`forearm${side}`]: arm[1],
    [`hand${side}`]: arm[2],
    [`pelv${side}`]: (spec.hipLateral ?? spec.lateral ?? low - 90) + (side === 'A' ? 0 : 180),
    [`thigh${side}`]: leg[0],
    [`shin${side}`]: leg[1],
    [`foot${side}`]: leg[2],
  });
  const [face, faceSeen] = spec.face ?? [spec.neck + 90, 0];
  const angle = {
    lowBack: low,
    midBack: mid,
    upBack: up,
    neck: spec.neck,
    nose: face,
    ...limb('A', spec.armA, spec.legA),
    ...limb('B', spec.armB, spec.legB),
  } as Record<Seg, number>;
  const seen = Object.fromEntries(SEGMENTS.map((s) => [s, spec.seen?.[s] ?? 1])) as Record<Seg, number>;
  seen.nose = faceSeen;
  seen.clavA = seen.clavB = wide;
  seen.pelvA = seen.pelvB = hipWide;
  return { at: spec.at, angle, seen };
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Where each segment starts and ends on screen. */
export function joints(p: Pose): Record<Seg, { from: [number, number]; to: [number, number] }> {
  const out = {} as Record<Seg, { from: [number, number]; to: [number, number] }>;
  for (const s of SEGMENTS) {
    const parent = PARENT[s];
    const from = parent ? out[parent].to : ([p.at[0], p.at[1]] as [number, number]);
    const len = segLength(s) * p.seen[s];
    out[s] = { from, to: [from[0] + len * Math.cos(rad(p.angle[s])), from[1] + len * Math.sin(rad(p.angle[s]))] };
  }
  return out;
}

/** The chain of segments from the pelvis down to `s`, outermost first. */
export function chainOf(s: Seg): Seg[] {
  const chain: Seg[] = [];
  for (let c: Seg | null = s; c; c = PARENT[c]) chain.unshift(c);
  return chain;
}

/** An angle difference folded into (-180, 180], so a joint always turns the short way. */
export const fold = (deg: number): number => {
  const d = ((((deg + 180) % 360) + 360) % 360) - 180;
  return d === -180 ? 180 : d;
};
