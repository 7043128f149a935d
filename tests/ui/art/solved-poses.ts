// Writes src/ui/art/poses.generated.ts: every figure of figures.ts with its poses solved (the
// limbs placed by where they reach, the turned figures projected), as plain numbers, so the popup
// draws from them without the solver and the projection. poses-generated.test.ts keeps it fresh.
import type { FigureSpec, Paint } from '../../../src/ui/art/drawing';
import { figureIds, figureSpec } from '../../../src/ui/art/figures';

/** Decimals kept: the drawing rounds to two, so these never change what it draws (the test checks). */
const DECIMALS = 6;
const round = (n: number) => Math.round(n * 10 ** DECIMALS) / 10 ** DECIMALS;

const key = (k: string) => (/^[A-Za-z_]\w*$/.test(k) ? k : JSON.stringify(k));

function literal(v: unknown, paints: Paint[]): string {
  if (typeof v === 'number') return String(round(v));
  if (Array.isArray(v)) return `[${v.map((x) => literal(x, paints)).join(', ')}]`;
  if (v && typeof v === 'object') {
    return `{ ${Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${key(k)}: ${k === 'order' ? order(x as readonly Paint[], paints) : literal(x, paints)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(v);
}

/** A paint order as references into one list of the entries the figures use, each written once. */
function order(entries: readonly Paint[], paints: Paint[]): string {
  const at = (p: Paint) => {
    const same = (q: Paint) => q.tone === p.tone && q.kind === p.kind && q.side === p.side && !!q.halo === !!p.halo;
    const i = paints.findIndex(same);
    return i >= 0 ? i : paints.push(p) - 1;
  };
  return `[${entries.map((p) => `paint[${at(p)}]`).join(', ')}]`;
}

export function solvedPosesSource(): string {
  const paints: Paint[] = [];
  const figures = figureIds.map((id) => {
    const { start, stretch, ...rest } = figureSpec(id) as FigureSpec;
    return `  ${key(id)}: {\n    ${literal(rest, paints).slice(2, -2)},\n    start: ${literal(start, paints)},\n    stretch: ${literal(stretch, paints)},\n  },`;
  });
  return [
    '// Generated from figures.ts by tests/ui/art/poses-generated.test.ts: edit figures.ts, then run',
    '// the unit tests. The figures with their poses solved, so the popup draws them without solving.',
    "import type { FigureSpec, Paint } from './drawing';",
    '',
    `const paint = [\n${paints.map((p) => `  ${literal(p, [])},\n`).join('')}] as const satisfies readonly Paint[];`,
    '',
    'export const SOLVED: Readonly<Record<string, FigureSpec>> = {',
    ...figures,
    '};',
    '',
  ].join('\n');
}
