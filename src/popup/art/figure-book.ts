// The stretch illustrations, by stretch id. The popup fills the book at start (its drawings are
// bundled into popup.js: one request, not a second file); until then, or for an id without a
// drawing, a card simply has no drawing.
import type { Drawing } from './frame';

let book: Record<string, Drawing> = {};

export function setFigures(figures: Record<string, Drawing>): void {
  book = figures;
}

export function figureFor(id: string): Drawing | undefined {
  return Object.prototype.hasOwnProperty.call(book, id) ? book[id] : undefined;
}
