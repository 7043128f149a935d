// The shape of one stretch. Text never lives here: every field a person reads is an i18n key, so
// the library stays pure data and each language ships its own words.

export type Position = 'seated' | 'standing' | 'wall' | 'floor';
/** What the space around the person must offer. An empty list means nothing at all. */
export type Need = 'chair' | 'wall' | 'floor';
/** 'one' is a symmetric pose done once; 'both' is done on one side, then the other. */
export type Sides = 'one' | 'both';
export type Side = 'left' | 'right';
/**
 * How a two-sided stretch names its sides, so a cue can say "Now turn to the left" rather than
 * "Second side": `first` is the side its steps do first, and `by` what the side is told by —
 * the way the person turns (chair twist), the arm that works (eagle arms: the arm on top), or the
 * side of the body that opens (side reach).
 */
export interface SidePlan {
  first: Side;
  by: 'turn' | 'arm' | 'side';
}
export type TargetArea = 'upperBack' | 'shoulders' | 'neck' | 'spine' | 'chest' | 'sides' | 'hamstrings';

/**
 * How much of a stretch to do, as the reference article gives it. For two-sided stretches the
 * dose is per side.
 */
export type Dose =
  /** `count` breaths in the pose. The card shows the same number the timer counts. */
  | { kind: 'breaths'; count: number }
  /** Moving between two shapes with the breath: inhale into the first, exhale into the second. */
  | { kind: 'alternations'; count: number }
  /** A timed hold, breathing freely. */
  | { kind: 'hold'; seconds: number }
  /** One deep inhale in the pose, then lower down and rest. */
  | { kind: 'oneBreathThenRest' };

export interface Stretch {
  /** Stable: it is written into the break history. kebab-case. */
  id: string;
  nameKey: string;
  position: Position;
  deskFriendly: boolean;
  needs: Need[];
  sides: Sides;
  /** Present exactly when `sides` is 'both'. */
  sidePlan?: SidePlan;
  dose: Dose;
  areas: TargetArea[];
  /** Three to six short steps, in order. */
  stepKeys: string[];
  /** What to keep in mind while holding the pose. */
  holdKey: string;
  /** Only where it matters. */
  cautionKey?: string;
}
