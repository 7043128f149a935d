// The popup draws from poses.generated.ts, not from figures.ts: the file must say what figures.ts
// says, and drawing from its rounded numbers must give exactly the drawings solving gives.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draw } from '../../../src/ui/art/drawing';
import { drawingFor, figureIds } from '../../../src/ui/art/drawings';
import { figureIds as sketchIds, figureSpec } from '../../../src/ui/art/figures';
import { solvedPosesSource } from './solved-poses';

const OUT = new URL('../../../src/ui/art/poses.generated.ts', import.meta.url);

describe('poses.generated.ts', () => {
  it('holds the figures of figures.ts, solved (rewritten when they change: run the tests again)', () => {
    const source = solvedPosesSource();
    const stale = !existsSync(OUT) || readFileSync(OUT, 'utf8') !== source;
    if (stale) writeFileSync(OUT, source);
    expect(stale, 'poses.generated.ts was out of date and is rewritten: run the tests again, for the contact sheet too').toBe(false);
  });

  it('has every figure, and each draws exactly as its solved poses do', () => {
    expect(figureIds).toEqual(sketchIds);
    // Compared as written out, as the page and the contact sheet write them (-0 as 0).
    for (const id of sketchIds) expect(JSON.stringify(drawingFor(id)), id).toBe(JSON.stringify(draw(figureSpec(id)!)));
  });
});
