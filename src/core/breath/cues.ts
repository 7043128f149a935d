// What the breath timer sounds and says as each step begins, so a person can follow it with
// their eyes off the screen (head down in a fold, face to the floor in child's pose). Effects as
// data: the popup plays the chime and speaks the words, this only decides which.
import type { ChimeKind } from '../sound/chime';
import type { Said } from '../stretches/any';
import type { BreathSegment } from './plan';

export type GuideChime = Extract<ChimeKind, 'inhale' | 'exhale' | 'switch' | 'done'>;

export interface Cue {
  chime: GuideChime | null;
  /** Said in this order: i18n keys, and a person's own stretch name as its text. */
  say: Said[];
}

/**
 * The cue as `step` begins; `null` is the end of the stretch. The lead-in says the stretch's
 * name (a built-in's key, or a person's own words as they are) and rings nothing: the person has
 * just pressed Start. A hold starts on the breath-in note (the lead-in is over, go into the pose)
 * and cobra's rest on the breath-out note (lower down as you breathe out), so every change after
 * the lead-in can be heard.
 */
export function cueFor(step: BreathSegment | null, name: Said): Cue {
  if (step === null) return { chime: 'done', say: ['voice_done'] };
  switch (step.kind) {
    case 'ready':
      return { chime: null, say: [name] };
    case 'inhale':
      return { chime: 'inhale', say: ['phase_inhale'] };
    case 'exhale':
      return { chime: 'exhale', say: ['phase_exhale'] };
    case 'hold':
      return { chime: 'inhale', say: ['phase_hold'] };
    case 'rest':
      return { chime: 'exhale', say: ['phase_rest'] };
    case 'switch':
      return { chime: 'switch', say: step.sideName ? [`switch_${step.sideName.by}_${step.sideName.side}`] : ['phase_switch'] };
  }
}
