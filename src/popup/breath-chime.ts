import type { GuideChime } from '../core/breath/cues';
import { playChime } from '../platform/play-chime';

export type PhaseChime = (kind: GuideChime) => void;

/**
 * The optional notes of the breath timer (in, out, switch sides, done). The popup can play audio
 * itself; the context is created on first use, after the person pressed Start, so the browser
 * lets it sound.
 */
export function breathChime(volumePct: number): PhaseChime {
  let context: AudioContext | undefined;
  return (kind) => {
    context ??= new AudioContext();
    void playChime(context, kind, volumePct).catch(() => undefined);
  };
}
