import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { BreathSegment } from '../../core/breath/plan';
import { drawingFor } from './drawings';
import { cssTransform, FLOOR, FRAME, paintOrder, type Part } from './frame';
import { moveMs, targetOf, type Target } from './figure-motion';

interface Props {
  id: string;
  label: string;
  /** The breath step under way while the timer runs; none before it starts. */
  step?: Pick<BreathSegment, 'kind' | 'shape' | 'side' | 'durationMs'>;
  paused?: boolean;
  /** Cat-cow's arrow labels: breathe in, breathe out. */
  words?: { in: string; out: string };
  /**
   * Drawn the other way round (a person's own stretch may pick a figure facing the other way).
   * Side two then turns it back, as it turns a built-in round.
   */
  mirrored?: boolean;
}

/**
 * A body part as a rounded bar, the same shape as a round-capped stroke from (0, 0) to (length,
 * 0): the bar's box is offset by half its width so the chain of transforms lands on its axis.
 */
function bar(p: Part, which: 'start' | 'stretch', grow = 0): string {
  const w = p.width + grow;
  return `${cssTransform(p[which])} translate(${-w / 2}px, ${-w / 2}px)`;
}

/** One SVG layer of the drawing (floor and props under the figure, the arrow over it), on the figure's frame. */
function ArtLayer({ children }: { children: ComponentChildren }) {
  return (
    <svg class="art-layer" viewBox={`0 0 ${FRAME} ${FRAME}`} aria-hidden="true" fill="none" stroke-linecap="round" stroke-linejoin="round">
      {children}
    </svg>
  );
}

const reduced = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The figure for a stretch, in the theme's colours. The body parts are HTML boxes, not SVG, so
 * the browser can move them on its compositor thread: each carries both poses as CSS variables
 * and rests in the one `data-to` names. When the breath changes direction, one animation per
 * part (Web Animations, plain values, so it runs off the main thread) carries it from the other
 * pose over the breath; the browser interpolates joint by joint, no script runs per frame, and
 * the animations pause with the timer. The floor, props and arrow are SVG around them. With
 * reduced motion nothing animates and the CSS holds the stretch pose. Side two is mirrored.
 */
export function StretchArt({ id, label, step, paused, words, mirrored = false }: Props) {
  const f = drawingFor(id);
  const target = f ? targetOf(step, f.inhale) : 'stretch';
  // The duration may change only with the direction: a finished animation given a longer
  // duration would jump back and play again.
  const motion = useRef<{ id: string; target: Target; ms: number; move: number }>({ id, target, ms: 0, move: 0 });
  const m = motion.current;
  if (m.id !== id) motion.current = { id, target, ms: 0, move: 0 };
  else if (m.target !== target) motion.current = { id, target, ms: step ? moveMs(step) : 0, move: m.move + 1 };
  const { ms, move } = motion.current;
  const figureRef = useRef<HTMLDivElement>(null);
  const running = useRef<Animation[]>([]);
  useLayoutEffect(() => {
    const root = figureRef.current;
    if (!root || move === 0 || ms === 0 || reduced()) return;
    const [from, to] = target === 'start' ? ['--b', '--a'] : ['--a', '--b'];
    running.current = [...root.querySelectorAll<HTMLElement>('.art-part')]
      .filter((el) => typeof el.animate === 'function')
      .map((el) => {
        const a = el.animate([{ transform: el.style.getPropertyValue(from) }, { transform: el.style.getPropertyValue(to) }], {
          duration: ms,
          easing: 'ease-in-out',
        });
        // Cancelling (a new breath, a new card) rejects `finished`; that is the plan, not an error.
        a.finished.catch(() => {});
        return a;
      });
    const started = running.current;
    return () => started.forEach((a) => a.cancel());
  }, [id, move]);
  // A layout effect, so the figure stops in the same frame as the timer, not a paint later.
  useLayoutEffect(() => {
    for (const a of running.current) {
      if (paused && a.playState === 'running') a.pause();
      else if (!paused && a.playState === 'paused') a.play();
    }
  }, [paused, move]);
  if (!f) return null;
  const side = step?.side === 2 ? '2' : undefined;
  const flipped = mirrored !== (side === '2');
  const flip = flipped ? `translate(${FRAME} 0) scale(-1 1)` : undefined;
  // The labels are never flipped, so they stay readable: only their place follows the arrow.
  const labelAt = ([x, y]: readonly [number, number]) =>
    flipped ? { x: FRAME - x - 6, y: y + 3.5, 'text-anchor': 'end' } : { x: x + 6, y: y + 3.5 };
  return (
    <div
      class="art"
      role="img"
      aria-label={label}
      data-figure={id}
      data-side={side}
      data-mirrored={mirrored ? '' : undefined}
      data-flipped={flipped ? '' : undefined}
      data-paused={paused ? '' : undefined}
    >
      <ArtLayer>
        <path class="art-floor" d={`M0 ${FLOOR}H${FRAME}`} />
        <g transform={flip}>
          {f.solids.map((d) => (
            <path class="art-solid" d={d} />
          ))}
          {f.props.map((d) => (
            <path class="art-prop" d={d} />
          ))}
        </g>
      </ArtLayer>
      <div class="art-stage">
        <div class="art-figure" ref={figureRef} data-to={target} data-ms={ms}>
          {paintOrder(f.parts).map(({ part: p, halo }) => {
            const box = (grow: number) => ({
              width: `${p.length + p.width + grow}px`,
              height: `${p.width + grow}px`,
              '--a': bar(p, 'start', grow),
              '--b': bar(p, 'stretch', grow),
            });
            return halo ? (
              <div key={`${p.key}h`} class="art-part art-halo" style={box(3)} />
            ) : (
              <div key={p.key} class={`art-part art-${p.tone}`} data-part={p.key} style={box(0)} />
            );
          })}
        </div>
      </div>
      <ArtLayer>
        <g transform={flip}>
          <path class="art-arrow" d={f.arrow.d} />
          {f.arrow.heads.map((d) => (
            <path class="art-arrow-head" d={d} />
          ))}
        </g>
        {f.labels && words && (
          <g class="art-words" stroke="none">
            <text {...labelAt(f.labels.in)}>{words.in}</text>
            <text {...labelAt(f.labels.out)}>{words.out}</text>
          </g>
        )}
      </ArtLayer>
    </div>
  );
}
