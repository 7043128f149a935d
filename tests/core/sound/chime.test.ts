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
    for (const kind of ['breakStart', 'inhale', 'exhale'] as const) {
      const tones = chimeTones(kind, 100);
      expect(tones.reduce((sum, t) => sum + t.peak, 0)).toBeLessThanOrEqual(0.5);
      expect(Math.max(...tones.map((t) => t.startSec + t.durationSec))).toBeLessThan(2);
    }
  });

  it('rises on the inhale and falls on the exhale', () => {
    expect(chimeTones('inhale', 100)[0]!.frequencyHz).toBeGreaterThan(chimeTones('exhale', 100)[0]!.frequencyHz);
  });

  it('recognises its own kinds only', () => {
    expect(isChimeKind('inhale')).toBe(true);
    expect(isChimeKind('siren')).toBe(false);
    expect(isChimeKind(3)).toBe(false);
  });
});
