// The twelve stretches, each as two poses of the one shared body (body.ts): the start pose and
// the stretch pose, read from the card's steps. Frame 120 × 120, floor at y = 112; angles in
// degrees on screen (0 = right, 90 = down). Hands and feet that rest on something are placed by
// where they rest and the elbows and knees found from there, so a planted hand stays planted.
import type { FigureSpec } from './drawing';
import { foldSketches } from './figures-folds';
import { reachSketches } from './figures-reaches';

// Each figure is written as a function and solved only when asked for. The popup no longer
// solves them (it draws from poses.generated.ts); posing all twelve as its module loaded held up
// its first paint (issue 13: 9 ms of script before the card; bench/README.md has the measurements).
// Library order: the folds first, then the reaches, as the contact sheet shows them.
const sketches: Record<string, () => FigureSpec> = { ...foldSketches, ...reachSketches };

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
