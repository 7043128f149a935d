import { useEffect, useRef } from 'preact/hooks';
import type { Clock, Position } from '../core/breath/clock';
import { cueFor } from '../core/breath/cues';
import type { Said } from '../core/stretches/any';
import type { Guide } from './guide';

/**
 * Gives the guide its cue once as each step begins. Keyed by stretch and step, so a pause and
 * resume in the middle of a step does not repeat it. Pausing, and the page going away, silence
 * whatever is being said; the end of a stretch does not, so its "done" is heard in full.
 */
export function useStepCues(position: Position, status: Clock['status'], stretchIndex: number, name: Said, guide: Guide | undefined): void {
  const last = useRef('');
  const step = status !== 'running' || position.done ? null : position.step;
  const key = step && !position.done ? `${stretchIndex}:${position.index}` : '';
  useEffect(() => {
    if (!guide || !step || key === last.current) return;
    last.current = key;
    guide.cue(cueFor(step, name));
  }, [key, guide]);
  useEffect(() => {
    if (status === 'paused') guide?.stop();
  }, [status, guide]);
  useEffect(() => {
    if (!guide) return;
    const stop = () => guide.stop();
    addEventListener('pagehide', stop);
    return () => removeEventListener('pagehide', stop);
  }, [guide]);
}
