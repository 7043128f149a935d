import { figureFor } from './figure-book';
import { linePath, spinePath, type Figure } from './figures';

const W = 120;
const H = 110;
const GROUND = 104;
/** How far a small pose may be enlarged; more and heads would look oversized next to others. */
const MAX_ZOOM = 1.3;

/**
 * Frames each pose around its own outline, so a folded or lying figure fills the frame as well
 * as a standing one. Strokes do not scale (vector-effect in the CSS), so every figure keeps the
 * same line weight whatever its zoom.
 */
export function viewBox(f: Figure): string {
  const pts = [...f.spine, ...[...f.limbs, ...(f.far ?? [])].flat()];
  const xs = [f.head[0] - 7, f.head[0] + 7, ...pts.map((p) => p[0])];
  const ys = [f.head[1] - 7, GROUND, ...pts.map((p) => p[1])];
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const zoom = Math.min(MAX_ZOOM, W / (x1 - x0 + 20), H / (y1 - y0 + 18));
  const w = W / zoom;
  const h = H / zoom;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `${r((x0 + x1) / 2 - w / 2)} ${r((y0 + y1) / 2 - h / 2 + 2)} ${r(w)} ${r(h)}`;
}

/**
 * The line figure for a stretch, inline so it takes the text colour (light and dark themes). The head is filled with the frame colour so limbs behind it stay hidden.
 */
export function StretchArt({ id, label }: { id: string; label: string }) {
  const f = figureFor(id);
  if (!f) return null;
  return (
    <svg class="art" viewBox={viewBox(f)} role="img" aria-label={label} data-figure={id} fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">
      <path class="art-ground" d={`M-60 ${GROUND}H180`} />
      {f.props?.map((d) => <path class="art-prop" d={d} />)}
      {f.motion?.map((d) => <path class="art-motion" d={d} />)}
      {f.far?.map((l) => <path class="art-body art-far" d={linePath(l)} />)}
      <path class="art-body" d={spinePath(f.spine)} />
      {f.limbs.map((l) => <path class="art-body" d={linePath(l)} />)}
      <circle class="art-body art-head" cx={f.head[0]} cy={f.head[1]} r="7" />
    </svg>
  );
}
