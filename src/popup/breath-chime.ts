import type { ChimeKind } from '../core/sound/chime';
import { playChime } from '../platform/play-chime';

export type PhaseChime = (kind: Extract<ChimeKind, 'inhale' | 'exhale'>) => void;

/**
 * The optional soft note at each breath phase. The popup can play audio itself; the context is
 * created on first use, after the person pressed Start, so the browser lets it sound.
 */
export function breathChime(volumePct: number): PhaseChime {
  let context: AudioContext | undefined;
  return (kind) => {
    context ??= new AudioContext();
    void playChime(context, kind, volumePct).catch(() => undefined);
  };
}
