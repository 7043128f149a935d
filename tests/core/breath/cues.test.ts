import { describe, expect, it } from 'vitest';
import { cueFor } from '../../../src/core/breath/cues';
import { planBreathing } from '../../../src/core/breath/plan';
import { stretchById, stretches } from '../../../src/core/stretches/library';
import { en } from '../../support/messages';
import { nameSaid } from '../../../src/core/stretches/any';
import { custom } from '../stretches/support/custom';

const pace = { inhaleSec: 4, exhaleSec: 6 };
/** Every cue of a stretch's session, in order, ending with the one at its end. */
const cues = (id: string) => {
  const s = stretchById(id)!;
  return [...planBreathing(s, pace).map((step) => cueFor(step, s.nameKey)), cueFor(null, s.nameKey)];
};

describe('cueFor', () => {
  it('names the stretch in the lead-in without a chime, then chimes in and out with the breath', () => {
    const c = cues('chin-to-chest');
    expect(c[0]).toEqual({ chime: null, say: ['stretch_chinToChest_name'] });
    expect(c.slice(1, 7).map((x) => x.chime)).toEqual(['inhale', 'exhale', 'inhale', 'exhale', 'inhale', 'exhale']);
    expect(c.slice(1, 3).map((x) => x.say)).toEqual([['phase_inhale'], ['phase_exhale']]);
    expect(c.at(-1)).toEqual({ chime: 'done', say: ['voice_done'] });
  });

  it("gives the switch its own chime and says the side that comes next, in the stretch's words", () => {
    const switchOf = (id: string) => cues(id).find((c) => c.chime === 'switch')!;
    expect(switchOf('chair-twist').say).toEqual(['switch_turn_left']);
    expect(switchOf('eagle-arms').say).toEqual(['switch_arm_right']);
    expect(switchOf('thread-the-needle').say).toEqual(['switch_arm_left']);
    expect(switchOf('standing-side-reach').say).toEqual(['switch_side_left']);
    expect(cues('chair-twist').filter((c) => c.chime === 'switch')).toHaveLength(1);
  });

  it("starts a hold on the breath-in note and cobra's rest on the breath-out note", () => {
    expect(cues('standing-forward-fold').map((c) => c.chime)).toEqual([null, 'inhale', 'done']);
    expect(cues('cobra').map((c) => c.chime)).toEqual([null, 'inhale', 'exhale', 'done']);
  });

  it('uses four distinct chimes across the library, and only those', () => {
    const all = new Set(stretches.flatMap((s) => cues(s.id).map((c) => c.chime)));
    expect([...all].sort()).toEqual(['done', 'exhale', 'inhale', 'switch', null].sort());
  });

  it('only says words that exist in English', () => {
    for (const s of stretches)
      for (const c of cues(s.id))
        for (const key of c.say) {
          expect(typeof key).toBe('string');
          expect(en[key as string]?.message, key as string).toMatch(/\S/);
        }
  });
});

describe("cueFor a person's own stretch", () => {
  it('says its name as written, and guides a two-sided hold in seconds like a built-in', () => {
    const own = custom({
      name: 'Türrahmen-Dehnung',
      dose: { kind: 'hold', seconds: 20 },
      sides: 'both',
      sidePlan: { first: 'left', by: 'arm' },
    });
    const plan = planBreathing(own, pace);
    const c = [...plan.map((step) => cueFor(step, nameSaid(own))), cueFor(null, nameSaid(own))];
    expect(c[0]).toEqual({ chime: null, say: [{ text: 'Türrahmen-Dehnung' }] });
    expect(c.map((x) => x.chime)).toEqual([null, 'inhale', 'switch', 'inhale', 'done']);
    expect(c[2]!.say).toEqual(['switch_arm_right']);
    expect(plan.filter((s) => s.kind === 'hold').map((s) => s.durationMs)).toEqual([20_000, 20_000]);
  });
});
