import { chimeTones, type ChimeKind } from '../core/sound/chime';

/**
 * Plays a chime on a Web Audio context and resolves when it has finished. Every tone gets a
 * short attack and an exponential release, so nothing clicks.
 */
export async function playChime(
  context: BaseAudioContext & { resume?: () => Promise<void> },
  kind: ChimeKind,
  volumePct: number,
): Promise<void> {
  const tones = chimeTones(kind, volumePct);
  if (tones.every((tone) => tone.peak === 0)) return;
  if (context.state === 'suspended' && context.resume) await context.resume();
  const t0 = context.currentTime + 0.02;
  let end = t0;
  for (const tone of tones) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = tone.frequencyHz;
    const start = t0 + tone.startSec;
    const stop = start + tone.durationSec;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(tone.peak, start + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, stop);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(stop + 0.05);
    end = Math.max(end, stop + 0.05);
  }
  await new Promise((resolve) => setTimeout(resolve, (end - context.currentTime) * 1000));
}
