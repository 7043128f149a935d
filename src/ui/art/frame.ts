// What the popup needs to show a drawing: its frame and how to write a pose as CSS. Kept apart
// from the rig and the figures (drawing.ts, figures.ts), which compute the drawings.
import type { BodySide, Limb, SegKind, Trunk } from './body';

export type Pt = readonly [number, number];
export type Fn = readonly ['t', number, number] | readonly ['r', number] | readonly ['s', number];
export type Tone = 'far' | 'body' | 'near';
/** What a drawn part is: a kind of segment, or the head. */
export type PartKind = SegKind | 'head';

/**
 * One entry of a figure's paint order: a part of the body (a segment of the rig, or the head) in
 * a tone. `halo` outlines it in the frame colour, to keep it apart where limbs cross.
 */
export type Paint =
  | { tone: Tone; kind: Trunk | 'head'; side?: undefined; halo?: boolean }
  | { tone: Tone; kind: Limb; side: BodySide; halo?: boolean };

export const FRAME = 120;
export const FLOOR = 112;
/** Ankles rest at this height, so the feet stand on the floor line. */
export const FOOT = 109.5;
/** Hands flat on the floor. */
export const HAND = 108.5;

export type Part = Paint & {
  /** Names the part in the page (data-part): tone, `+` if outlined, segment ('near+:upperArmA'). */
  key: string;
  halo: boolean;
  width: number;
  /** The bar's length along its axis, frame units; 0 for the head, a dot as wide as the head. */
  length: number;
  start: readonly Fn[];
  stretch: readonly Fn[];
};

export interface Drawing {
  view: 'side' | 'front';
  inhale: 'start' | 'stretch';
  parts: readonly Part[];
  props: readonly string[];
  solids: readonly string[];
  arrow: { d: string; heads: readonly string[] };
  /** Where the breathe-in / breathe-out labels go (two-way arrows only). */
  labels?: { in: Pt; out: Pt };
}

/** CSS syntax, for the popup's style (units required). */
export const cssTransform = (fns: readonly Fn[]): string =>
  fns.map((f) => (f[0] === 't' ? `translate(${f[1]}px, ${f[2]}px)` : f[0] === 'r' ? `rotate(${f[1]}deg)` : `scale(${f[1]}, 1)`)).join(' ');

const LIMB_OF: Partial<Record<PartKind, 'arm' | 'leg'>> = {
  upperArm: 'arm',
  forearm: 'arm',
  hand: 'arm',
  thigh: 'leg',
  shin: 'leg',
  foot: 'leg',
};

/** The limb a part belongs to ('armA', 'legB'), or the part's own key for the body. */
const limbOf = (p: Part): string => {
  const limb = LIMB_OF[p.kind];
  return limb && p.side ? `${limb}${p.side}` : p.key;
};

/**
 * What to paint, back to front: each part, and the outline of an outlined one just before it.
 * The outlines of one limb go down together before its segments, so they part the limb from
 * what lies behind it without cutting rings into its own elbow or knee.
 */
export function paintOrder(parts: readonly Part[]): { part: Part; halo: boolean }[] {
  const out: { part: Part; halo: boolean }[] = [];
  for (let i = 0; i < parts.length; ) {
    let j = i + 1;
    if (parts[i]!.halo) while (j < parts.length && parts[j]!.halo && limbOf(parts[j]!) === limbOf(parts[i]!)) j++;
    const run = parts.slice(i, j);
    for (const p of run) if (p.halo) out.push({ part: p, halo: true });
    for (const p of run) out.push({ part: p, halo: false });
    i = j;
  }
  return out;
}
