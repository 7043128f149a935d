// The stretch figures as the popup draws them, from their poses solved ahead of time
// (poses.generated.ts, written from figures.ts by the unit tests), so the popup carries neither
// the solver nor the 3D projection. stretch-art.tsx imports this, so the figures are in popup.js:
// one file for the browser to fetch, not two (issue 13).
import { draw, type Drawing } from './drawing';
import { SOLVED } from './poses.generated';

/** The stretches that have a figure. */
export const figureIds: readonly string[] = Object.keys(SOLVED);

const drawn = new Map<string, Drawing>();

/**
 * What the popup draws for a stretch, drawn the first time a card asks for it and kept (issue 13:
 * drawing all twelve as the module loaded held up the first paint); undefined for a stretch
 * without a figure, whose card has no drawing.
 */
export function drawingFor(id: string): Drawing | undefined {
  if (!Object.prototype.hasOwnProperty.call(SOLVED, id)) return undefined;
  let d = drawn.get(id);
  if (!d) drawn.set(id, (d = draw(SOLVED[id]!)));
  return d;
}
