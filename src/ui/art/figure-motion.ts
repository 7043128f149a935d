// Which of its two poses the figure moves to on each breath step, and how long the move takes.
// Pure, so the rules can be read and tested apart from the SVG. The browser does the moving.
import type { BreathSegment } from '../../core/breath/plan';

export type Target = 'start' | 'stretch';

/** Holds and the steps' own pause kinds are this long at most to settle; breaths take their whole step. */
export const SETTLE_MS = 2500;

/**
 * Before the timer starts (no step) the figure shows the stretch, the pose the card is about.
 * Breathing in lengthens (the start pose), breathing out deepens (the stretch), holds rest in the
 * stretch; cat-cow follows its shape (cow in, cat out). Cobra lifts on the in-breath instead.
 * Lead-ins, side switches, rests and any step kind added later go back to the start pose.
 */
export function targetOf(step: Pick<BreathSegment, 'kind' | 'shape'> | undefined, inhale: Target): Target {
  if (!step) return 'stretch';
  if (step.shape) return step.shape === 'cow' ? 'start' : 'stretch';
  switch (step.kind) {
    case 'inhale':
      return inhale;
    case 'exhale':
      return inhale === 'start' ? 'stretch' : 'start';
    case 'hold':
      return 'stretch';
    default:
      return 'start';
  }
}

/** A breath moves for the whole breath; settling into or out of a pose takes a moment. */
export function moveMs(step: Pick<BreathSegment, 'kind' | 'durationMs'>): number {
  const breath = step.kind === 'inhale' || step.kind === 'exhale' || step.kind === 'rest';
  return Math.max(0, breath ? step.durationMs : Math.min(step.durationMs, SETTLE_MS));
}
