import type { BreathSegment } from '../core/breath/plan';
import { countText, phaseWord, sideText } from './step-text';

interface Props {
  step: BreathSegment;
  /** Changes on every phase, so the animated elements restart exactly at phase changes. */
  index: number;
  remainingMs: number;
  paused: boolean;
  cue: string;
}

/**
 * The breathing circle. Each phase gets a fresh CSS animation lasting exactly the phase, paused
 * with the timer; with reduced motion the circle stays still and a progress bar fills instead.
 * Visual only: the live region in the session speaks the same information once per phase.
 */
export function BreathStage({ step, index, remainingMs, paused, cue }: Props) {
  const timing = { animationDuration: `${step.durationMs}ms` };
  const side = sideText(step);
  return (
    <div class="panel stage" data-kind={step.kind} data-paused={paused ? '' : undefined} aria-hidden="true">
      <div class="orb-box">
        <div class="orb-ring" />
        <div key={`orb${index}`} class={`orb orb-${step.kind}`} style={timing} />
        <span class="phase-word">{phaseWord(step)}</span>
      </div>
      <div class="bar">
        <div key={`bar${index}`} class="bar-fill" style={timing} />
      </div>
      <p class="count">
        <span class="count-main">{countText(step, remainingMs)}</span>
        {side && <span class="count-side">{side}</span>}
      </p>
      <p class="cue">{cue}</p>
    </div>
  );
}
