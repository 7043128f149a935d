import { useEffect, useRef } from 'preact/hooks';
import type { Position } from '../core/breath/clock';
import type { PhaseChime } from './breath-chime';

/**
 * Chimes once when a breath in or out begins. Keyed by stretch and step, so a pause and resume
 * in the middle of a phase does not sound it again.
 */
export function usePhaseChime(position: Position, stretchIndex: number, chime: PhaseChime | undefined): void {
  const last = useRef('');
  const step = position.done ? null : position.step;
  const key = position.done ? '' : `${stretchIndex}:${position.index}`;
  useEffect(() => {
    if (!chime || !step || key === last.current) return;
    last.current = key;
    if (step.kind === 'inhale' || step.kind === 'exhale') chime(step.kind);
  }, [key, chime]);
}
