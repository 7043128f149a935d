// The chimes are generated, not recorded: a few soft sine partials with slow attacks, quiet
// enough to notice without startling. Pure data so the shape can be tested without audio.

export type ChimeKind = 'breakStart' | 'inhale' | 'exhale' | 'switch' | 'done';

export interface Tone {
  frequencyHz: number;
  /** Seconds after the chime starts. */
  startSec: number;
  durationSec: number;
  /** Peak gain at 100 % volume, before the master volume is applied. */
  peak: number;
}

// A rising major third for a break (an invitation), a single soft note up for inhale and down
// for exhale, so the ear can follow the breath with eyes closed. Switching sides is a double tap
// on one note (a rhythm, not a pitch, so it cannot be heard as a breath), and the end of a
// stretch a falling triad that comes to rest.
const shapes: Record<ChimeKind, Tone[]> = {
  breakStart: [
    { frequencyHz: 523.25, startSec: 0, durationSec: 1.2, peak: 0.22 },
    { frequencyHz: 659.25, startSec: 0.18, durationSec: 1.4, peak: 0.18 },
    { frequencyHz: 1046.5, startSec: 0.18, durationSec: 0.9, peak: 0.05 },
  ],
  inhale: [{ frequencyHz: 440, startSec: 0, durationSec: 0.6, peak: 0.12 }],
  exhale: [{ frequencyHz: 329.63, startSec: 0, durationSec: 0.7, peak: 0.12 }],
  switch: [
    { frequencyHz: 587.33, startSec: 0, durationSec: 0.25, peak: 0.12 },
    { frequencyHz: 587.33, startSec: 0.3, durationSec: 0.4, peak: 0.12 },
  ],
  done: [
    { frequencyHz: 783.99, startSec: 0, durationSec: 0.6, peak: 0.1 },
    { frequencyHz: 659.25, startSec: 0.2, durationSec: 0.7, peak: 0.1 },
    { frequencyHz: 523.25, startSec: 0.4, durationSec: 1.2, peak: 0.12 },
  ],
};

/** The tones of a chime at a volume in percent (clamped to 0–100). */
export function chimeTones(kind: ChimeKind, volumePct: number): Tone[] {
  const volume = Math.min(100, Math.max(0, volumePct)) / 100;
  return shapes[kind].map((tone) => ({ ...tone, peak: tone.peak * volume }));
}

export function isChimeKind(value: unknown): value is ChimeKind {
  return typeof value === 'string' && value in shapes;
}
