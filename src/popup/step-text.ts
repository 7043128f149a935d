// Words for the breath timer: the phase word in the circle, the count under it, and the sentence
// screen readers hear when the phase changes.
import type { BreathSegment } from '../core/breath/plan';
import { t } from '../shared/i18n';

export function phaseWord(step: BreathSegment): string {
  if (step.shape) return t(step.shape === 'cow' ? 'phase_cow' : 'phase_cat');
  return t(`phase_${step.kind}`);
}

/** "Breath 2 of 3", "Round 4 of 10", "Now turn to the left"… `remainingMs` feeds the hold countdown. */
export function countText(step: BreathSegment, remainingMs: number): string {
  if (step.kind === 'hold') return t('count_holdSeconds', Math.max(1, Math.ceil(remainingMs / 1000)));
  if (step.kind === 'switch') return step.sideName ? t(`switch_${step.sideName.by}_${step.sideName.side}`) : '';
  if (step.kind === 'ready') return t('count_ready');
  if (step.kind === 'rest') return t('count_rest');
  return t(step.unit === 'round' ? 'count_round' : 'count_breath', step.count, step.total);
}

/** The side being worked, in the stretch's own terms: "Turning right", "Left arm", "Right side". */
export function sideText(step: BreathSegment): string {
  if (step.kind === 'switch' || !step.sideName) return '';
  return t(`side_${step.sideName.by}_${step.sideName.side}`);
}

/** Said once per phase change, never per second: the hold says its full length up front. */
export function announcement(step: BreathSegment): string {
  const count = step.kind === 'hold' ? t('count_holdSeconds', Math.round(step.durationMs / 1000)) : countText(step, step.durationMs);
  return [phaseWord(step), count, sideText(step)].filter(Boolean).join('. ');
}
