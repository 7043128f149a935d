// What the popup needs to show a drawing: its frame and how to write a pose as CSS. Kept apart
// from the rig and the figures (drawing.ts, figures.ts), which ship in figures.js, so the
// popup's own script stays small.

export type Pt = readonly [number, number];
export type Fn = readonly ['t', number, number] | readonly ['r', number] | readonly ['s', number];
export type Tone = 'far' | 'body' | 'near';

export const FRAME = 120;
export const FLOOR = 112;

export interface Part {
  key: string;
  kind: string;
  tone: Tone;
  halo: boolean;
  width: number;
  d: string;
  start: readonly Fn[];
  stretch: readonly Fn[];
}

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
