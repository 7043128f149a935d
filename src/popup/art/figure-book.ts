// The stretch illustrations are the popup's largest data, and a card is readable without them,
// so they ship as a script of their own (figures.js, built from figures-script.ts) that the
// popup loads beside its start-up messages. Drawings come from this book; until it is filled,
// or if the file cannot load, a card simply has no drawing.
import { loadScript } from '../../platform/browser';
import type { Drawing } from './frame';

export const FIGURES_FILE = 'figures.js';

/** What figures.js leaves behind in the page. */
export interface FigureScope {
  unhunchFigures?: Record<string, Drawing>;
}

let book: Record<string, Drawing> = {};

export function setFigures(figures: Record<string, Drawing>): void {
  book = figures;
}

export function figureFor(id: string): Drawing | undefined {
  return Object.prototype.hasOwnProperty.call(book, id) ? book[id] : undefined;
}

/** Loads figures.js and fills the book; never rejects. */
export async function loadFigures(): Promise<void> {
  try {
    await loadScript(FIGURES_FILE);
    setFigures((globalThis as FigureScope).unhunchFigures ?? {});
  } catch {
    // No drawings this time; everything else works.
  }
}
