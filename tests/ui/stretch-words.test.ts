import { describe, expect, it } from 'vitest';
import { stretchById } from '../../src/core/stretches/library';
import { saidText, stretchWords } from '../../src/ui/stretch-words';
import { custom } from '../core/stretches/support/custom';
import { installEnglish } from '../support/messages';

describe('stretchWords', () => {
  it("gives a built-in's words from the locale", () => {
    installEnglish();
    const w = stretchWords(stretchById('standing-forward-fold')!);
    expect(w.name).toBe('Standing forward fold');
    expect(w.steps).toHaveLength(4);
    expect(w.caution).toMatch(/\S/);
    expect(w.hold).toBe('Let your head and arms hang heavy.');
  });

  it("gives a person's own words as they are, and a general hold line", () => {
    installEnglish();
    const w = stretchWords(custom({ caution: 'Sanft.' }));
    expect(w).toEqual({
      name: 'Schulterkreisen',
      steps: ['Sitz aufrecht.', 'Kreise die Schultern nach hinten.'],
      caution: 'Sanft.',
      hold: 'Breathe easily and stay with the stretch.',
    });
    expect(stretchWords(custom()).caution).toBeNull();
  });

  it('says a key in words and a text as it is', () => {
    installEnglish();
    expect(saidText('voice_done')).not.toBe('voice_done');
    expect(saidText({ text: 'voice_done' })).toBe('voice_done');
  });
});
