// Turns a figure (two poses of the shared body, props, one arrow) into what the popup draws.
// Each body part is a round-ended bar along its own x axis, placed by a chain of transforms from
// the pelvis: translate, then per segment rotate + translate along it. Both poses give the same
// list of functions, so the browser interpolates them pairwise: every joint turns by its angle
// and no limb changes length while the figure moves.
import {
  chainOf,
  fold,
  HEAD_RADIUS,
  PARENT,
  pose,
  segLength,
  type BodySide,
  type Limb,
  type Pose,
  type PoseSpec,
  type Seg,
  type Trunk,
} from './body';
import type { Drawing, Fn, Paint, Part, PartKind, Pt, Tone } from './frame';

export type { Drawing, Fn, Paint, Part, Pt, Tone };
export { FLOOR, FOOT, FRAME, HAND } from './frame';

export interface FigureSpec {
  view: 'side' | 'front';
  /** Ready, switch, rest and (usually) breathe in. */
  start: PoseSpec;
  /** Breathe out and holds; shown still when motion is reduced and before the timer starts. */
  stretch: PoseSpec;
  /** Cobra lifts as it breathes in; the others lengthen in and deepen out. */
  inhale?: 'start' | 'stretch';
  /** Chair, desk, wall: strokes in frame units. */
  props?: readonly string[];
  /** Filled props (a desk top, a seat). */
  solids?: readonly string[];
  /** The movement: a quadratic curve start, control, end; the head sits at the end. */
  arrow: readonly [Pt, Pt, Pt];
  /** Cat-cow: a head at both ends, labelled breathe in (start end) and out (end). */
  twoWay?: boolean;
  /** Paint order, back to front; defaults by view. */
  order?: readonly Paint[];
}

const WIDTH: Readonly<Record<PartKind, number>> = {
  lowBack: 11,
  midBack: 11,
  upBack: 11,
  neck: 6,
  clav: 9,
  pelv: 10,
  upperArm: 6,
  forearm: 5.5,
  hand: 5.5,
  thigh: 8,
  shin: 6.5,
  foot: 5,
  head: HEAD_RADIUS * 2,
  nose: 4.5,
};
/** A front view shows the chest's width, a side view its depth. */
const FRONT_WIDTH: Readonly<Partial<Record<PartKind, number>>> = { lowBack: 13, midBack: 14, upBack: 15 };

/** An arm or a leg, from the body out, in one tone. */
export const arm = (tone: Tone, side: BodySide): Paint[] =>
  (['upperArm', 'forearm', 'hand'] as const).map((kind) => ({ tone, kind, side }));
export const leg = (tone: Tone, side: BodySide): Paint[] => (['thigh', 'shin', 'foot'] as const).map((kind) => ({ tone, kind, side }));
/** The same parts, outlined. */
export const outlined = (parts: readonly Paint[]): Paint[] => parts.map((p) => ({ ...p, halo: true }));

const trunk = (kinds: readonly (Trunk | 'head')[]): Paint[] => kinds.map((kind) => ({ tone: 'body', kind }));
const pair = (kind: Limb): Paint[] => [
  { tone: 'body', kind, side: 'A' },
  { tone: 'body', kind, side: 'B' },
];
/** The back, neck and head from the pelvis up, seen from the side. */
export const SIDE_TRUNK: readonly Paint[] = trunk(['lowBack', 'midBack', 'upBack', 'neck', 'head', 'nose']);
/** The same seen from the front, with the hips and the shoulders. */
export const FRONT_TRUNK: readonly Paint[] = [
  ...pair('pelv'),
  ...trunk(['lowBack', 'midBack', 'upBack']),
  ...pair('clav'),
  ...trunk(['neck', 'head', 'nose']),
];

const SIDE_ORDER: readonly Paint[] = [...leg('far', 'B'), ...arm('far', 'B'), ...SIDE_TRUNK, ...leg('near', 'A'), ...arm('near', 'A')];
const FRONT_ORDER: readonly Paint[] = [...leg('near', 'A'), ...leg('near', 'B'), ...FRONT_TRUNK, ...arm('near', 'A'), ...arm('near', 'B')];

/** The rig's segment a part is drawn along; the head sits at the end of the neck. */
export const segOf = (p: Paint): Seg => (p.kind === 'head' ? 'neck' : p.side === undefined ? p.kind : `${p.kind}${p.side}`);

/** A part's name in the page: 'near+:upperArmA' (see Part.key). */
export const partKey = (p: Paint): string => `${p.tone}${p.halo ? '+' : ''}:${p.kind === 'head' ? 'head' : segOf(p)}`;

/** Relative joint angles of pose b, each within 180° of pose a's, so CSS turns the short way. */
function relAngles(p: Pose, ref?: Record<Seg, number>): Record<Seg, number> {
  const rel = {} as Record<Seg, number>;
  for (const s of Object.keys(p.angle) as Seg[]) {
    const parent = PARENT[s];
    const r = fold(p.angle[s] - (parent ? p.angle[parent] : 0));
    rel[s] = ref ? ref[s] + fold(r - ref[s]) : r;
  }
  return rel;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Transform functions placing a part: along the chain to `seg`, then at its start or end. */
function place(p: Pose, rel: Record<Seg, number>, seg: Seg, atEnd: boolean): Fn[] {
  const fns: Fn[] = [['t', round(p.at[0]), round(p.at[1])]];
  const chain = chainOf(seg);
  chain.forEach((c, i) => {
    fns.push(['r', round(rel[c])]);
    if (i < chain.length - 1 || atEnd) fns.push(['t', round(segLength(c) * p.seen[c]), 0]);
  });
  // The head keeps a scale of 1; a segment is drawn at the share of its length that is seen.
  fns.push(['s', atEnd ? 1 : round(p.seen[seg])]);
  return fns;
}

function arrowHead(tip: Pt, from: Pt): string {
  const a = Math.atan2(tip[1] - from[1], tip[0] - from[0]);
  const len = 8;
  const half = 5;
  const back: Pt = [tip[0] - len * Math.cos(a), tip[1] - len * Math.sin(a)];
  const l: Pt = [back[0] + half * Math.sin(a), back[1] - half * Math.cos(a)];
  const r: Pt = [back[0] - half * Math.sin(a), back[1] + half * Math.cos(a)];
  const f = (q: Pt) => `${round(q[0])} ${round(q[1])}`;
  return `M${f(tip)}L${f(l)}L${f(r)}Z`;
}

/** The curve stops short of each head so its round cap does not blunt the point. */
function arrowPath([s, c, e]: readonly [Pt, Pt, Pt], twoWay: boolean): string {
  const pull = (tip: Pt, toward: Pt): Pt => {
    const d = Math.hypot(toward[0] - tip[0], toward[1] - tip[1]);
    return [tip[0] + ((toward[0] - tip[0]) * 5) / d, tip[1] + ((toward[1] - tip[1]) * 5) / d];
  };
  const a = twoWay ? pull(s, c) : s;
  const b = pull(e, c);
  const f = (q: Pt) => `${round(q[0])} ${round(q[1])}`;
  return `M${f(a)}Q${f(c)} ${f(b)}`;
}

export function draw(spec: FigureSpec): Drawing {
  const a = pose(spec.start);
  const b = pose(spec.stretch);
  const relA = relAngles(a);
  const relB = relAngles(b, relA);
  const order = spec.order ?? (spec.view === 'side' ? SIDE_ORDER : FRONT_ORDER);
  const parts = order.map((paint): Part => {
    const head = paint.kind === 'head';
    const seg = segOf(paint);
    const width = (spec.view === 'front' ? FRONT_WIDTH[paint.kind] : undefined) ?? WIDTH[paint.kind];
    return {
      ...paint,
      key: partKey(paint),
      halo: !!paint.halo,
      width,
      length: head ? 0 : segLength(seg),
      start: place(a, relA, seg, head),
      stretch: place(b, relB, seg, head),
    };
  });
  const [s, , e] = spec.arrow;
  const heads = [arrowHead(e, spec.arrow[1]), ...(spec.twoWay ? [arrowHead(s, spec.arrow[1])] : [])];
  return {
    view: spec.view,
    inhale: spec.inhale ?? 'start',
    parts,
    props: spec.props ?? [],
    solids: spec.solids ?? [],
    arrow: { d: arrowPath(spec.arrow, !!spec.twoWay), heads },
    ...(spec.twoWay ? { labels: { in: s, out: e } } : {}),
  };
}

/** A part as an SVG path, stroked at its width with round caps; the head's tiny one draws a dot. */
export const svgPath = (p: Part): string => (p.length > 0 ? `M0 0H${p.length}` : 'M0 0h0.01');

/** SVG attribute syntax, for renderers without CSS transforms (the contact sheet). */
export const svgTransform = (fns: readonly Fn[]): string =>
  fns.map((f) => (f[0] === 't' ? `translate(${f[1]} ${f[2]})` : f[0] === 'r' ? `rotate(${f[1]})` : `scale(${f[1]} 1)`)).join(' ');
