import type { Cue } from '../core/breath/cues';
import type { VoiceInfo } from '../core/sound/voice';
import type { SpeechAdapter } from '../platform/speech';
import { saidText } from '../ui/stretch-words';
import type { PhaseChime } from './breath-chime';

/** What the timer does with a cue: ring it, say it, or both; and how it falls silent. */
export interface Guide {
  cue(cue: Cue): void;
  /** Stops anything being said (pause, finish, the page closing). Chimes are too short to matter. */
  stop(): void;
}

export interface GuideSettings {
  soundBreath: boolean;
  spokenCues: boolean;
  soundVolumePct: number;
}

/**
 * The timer's guide for these settings, or undefined when it stays silent. Spoken cues need a
 * voice on the device for the page's language; without one (`voice` null) the chimes stand in,
 * as the options page says.
 */
export function makeGuide(
  settings: GuideSettings,
  chime: PhaseChime,
  speech: SpeechAdapter | null,
  voice: VoiceInfo | null,
): Guide | undefined {
  const speaking = settings.spokenCues && speech && voice ? { speech, voice } : null;
  const chiming = settings.soundBreath || (settings.spokenCues && !speaking);
  if (!speaking && !chiming) return undefined;
  return {
    cue(cue) {
      if (chiming && cue.chime) chime(cue.chime);
      if (speaking && cue.say.length > 0)
        speaking.speech.speak(cue.say.map(saidText).join('. '), speaking.voice, settings.soundVolumePct / 100);
    },
    stop() {
      speaking?.speech.cancel();
    },
  };
}
