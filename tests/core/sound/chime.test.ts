import { describe, expect, it } from 'vitest';
import { chimeTones, isChimeKind } from '../../../src/core/sound/chime';

describe('chimeTones', () => {
  it('scales every tone by the volume and is silent at 0 %', () => {
    const full = chimeTones('breakStart', 100);
    const half = chimeTones('breakStart', 50);
    half.forEach((tone, i) => expect(tone.peak).toBeCloseTo(full[i]!.peak / 2));
    expect(chimeTones('inhale', 0).every((t) => t.peak === 0)).toBe(true);
  });

  it('clamps volumes outside 0–100 instead of clipping the speakers', () => {
    expect(chimeTones('exhale', 400)).toEqual(chimeTones('exhale', 100));
    expect(chimeTones('exhale', -5)).toEqual(chimeTones('exhale', 0));
  });

  it('stays gentle: quiet peaks, audible but short', () => {
    for (const kind of ['breakStart', 'inhale', 'exhale', 'switch', 'done'] as const) {
      const tones = chimeTones(kind, 100);
      expect(tones.reduce((sum, t) => sum + t.peak, 0)).toBeLessThanOrEqual(0.5);
      expect(Math.max(...tones.map((t) => t.startSec + t.durationSec))).toBeLessThan(2);
    }
  });

  it('rises on the inhale and falls on the exhale', () => {
    expect(chimeTones('inhale', 100)[0]!.frequencyHz).toBeGreaterThan(chimeTones('exhale', 100)[0]!.frequencyHz);
  });

  it('gives the four timer chimes four different sounds (pitches and rhythm)', () => {
    const shape = (kind: 'inhale' | 'exhale' | 'switch' | 'done') =>
      JSON.stringify(chimeTones(kind, 100).map((t) => [t.frequencyHz, t.startSec]));
    expect(new Set((['inhale', 'exhale', 'switch', 'done'] as const).map(shape)).size).toBe(4);
    // The switch is told by its rhythm: two notes of one pitch, unlike any breath note.
    const taps = chimeTones('switch', 100);
    expect(taps).toHaveLength(2);
    expect(new Set(taps.map((t) => t.frequencyHz)).size).toBe(1);
    expect(chimeTones('done', 100).at(-1)!.frequencyHz).toBeLessThan(chimeTones('done', 100)[0]!.frequencyHz);
  });

  it('recognises its own kinds only', () => {
    expect(isChimeKind('inhale')).toBe(true);
    expect(isChimeKind('siren')).toBe(false);
    expect(isChimeKind(3)).toBe(false);
  });
});
