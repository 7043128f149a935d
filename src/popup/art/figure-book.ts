// Where the stretch illustrations come from, by stretch id. The popup names the source at start
// (figures.ts, bundled into popup.js: one request, not a second file), which poses each drawing
// only when a card first shows it; until then, or for an id without a drawing, a card simply
// has no drawing.
import type { Drawing } from './frame';

let lookup: (id: string) => Drawing | undefined = () => undefined;

export function setFigures(source: (id: string) => Drawing | undefined): void {
  lookup = source;
}

export function figureFor(id: string): Drawing | undefined {
  return lookup(id);
}
