import { useRef } from 'preact/hooks';
import type { BreathStep } from '../../core/breath/plan';
import { figureFor } from './figure-book';
import { cssTransform, FLOOR, FRAME } from './drawing';
import { moveMs, targetOf, type Target } from './figure-motion';

interface Props {
  id: string;
  label: string;
  /** The breath step under way while the timer runs; none before it starts. */
  step?: Pick<BreathStep, 'kind' | 'shape' | 'side' | 'durationMs'>;
  paused?: boolean;
  /** Cat-cow's arrow labels: breathe in, breathe out. */
  words?: { in: string; out: string };
}

/**
 * The figure for a stretch, inline so it takes the theme's colours. Every body part carries both
 * poses as CSS variables; switching `data-to` starts one CSS animation between them lasting the
 * breath, which the browser interpolates (no script runs per frame) and pauses with the timer.
 * With reduced motion the CSS holds the stretch pose. Side two of a stretch is drawn mirrored.
 */
export function StretchArt({ id, label, step, paused, words }: Props) {
  const f = figureFor(id);
  const target = f ? targetOf(step, f.inhale) : 'stretch';
  // The duration may change only with the direction: a finished animation given a longer
  // duration would jump back and play again.
  const motion = useRef<{ id: string; target: Target; ms: number }>({ id, target, ms: 0 });
  if (motion.current.id !== id) motion.current = { id, target, ms: 0 };
  else if (motion.current.target !== target) motion.current = { id, target, ms: step ? moveMs(step) : 0 };
  if (!f) return null;
  const mirror = step?.side === 2;
  return (
    <svg class="art" viewBox={`0 0 ${FRAME} ${FRAME}`} role="img" aria-label={label} data-figure={id} data-paused={paused ? '' : undefined} fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">
      <path class="art-floor" d={`M0 ${FLOOR}H${FRAME}`} />
      <g transform={mirror ? `translate(${FRAME} 0) scale(-1 1)` : undefined} data-side={mirror ? '2' : undefined}>
        {f.solids.map((d) => <path class="art-solid" d={d} />)}
        {f.props.map((d) => <path class="art-prop" d={d} />)}
        <g class="art-figure" data-to={target} style={{ '--ms': `${motion.current.ms}ms` }}>
          {f.parts.map((p) => {
            const style = { '--a': cssTransform(p.start), '--b': cssTransform(p.stretch) };
            return [
              p.halo && <path key={`${p.key}h`} class="art-part art-halo" d={p.d} stroke-width={p.width + 3} style={style} />,
              <path key={p.key} class={`art-part art-${p.tone}`} data-part={p.key} d={p.d} stroke-width={p.width} style={style} />,
            ];
          })}
        </g>
        <path class="art-arrow" d={f.arrow.d} />
        {f.arrow.heads.map((d) => <path class="art-arrow-head" d={d} />)}
      </g>
      {f.labels && words && (
        <g class="art-words" stroke="none">
          <text x={f.labels.in[0] + 6} y={f.labels.in[1] + 3.5}>{words.in}</text>
          <text x={f.labels.out[0] + 6} y={f.labels.out[1] + 3.5}>{words.out}</text>
        </g>
      )}
    </svg>
  );
}
