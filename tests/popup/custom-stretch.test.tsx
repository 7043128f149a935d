// @vitest-environment happy-dom
// A person's own stretch in the popup: dealt, guided, spoken and recorded like a built-in.
import { act, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderPopup } from './render-popup';
import { flush, useFakeClock } from './clock';
import { READY_DESK_MS, SWITCH_ARMS_MS } from '../../src/core/breath/plan';
import { stretches } from '../../src/core/stretches/library';
import { FakeSpeech } from '../../src/platform/fakes/speech';
import { custom } from '../core/stretches/support/custom';

useFakeClock(new Date(2026, 10, 24, 10, 0, 0));

const tick = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });
const run = async (ms: number) => {
  for (let t = 0; t < ms; t += 1000) await tick(1000);
};
const primary = () => document.querySelector<HTMLButtonElement>('[data-action="primary"]')!;
const allBuiltInsOff = { disabledStretchIds: stretches.map((s) => s.id) };
const english = { name: 'eSpeak English', lang: 'en-GB', localService: true, default: false, voiceURI: 'espeak-en' };

const door = custom({
  id: 'custom-doorframe1',
  name: 'Doorframe chest opener',
  steps: ['Stand in a doorway.', 'Lean through gently.'],
  position: 'standing',
  dose: { kind: 'hold', seconds: 20 },
  sides: 'both',
  sidePlan: { first: 'left', by: 'arm' },
  figure: null,
});

describe("a person's own stretch in the popup", () => {
  it('is dealt from the same pool as the built-ins', () => {
    renderPopup({ settings: allBuiltInsOff, custom: [door] });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Doorframe chest opener');
    expect([...document.querySelectorAll('.steps li')].map((li) => li.textContent)).toEqual([
      'Stand in a doorway.',
      'Lean through gently.',
    ]);
    expect(document.querySelector('.art')).toBeNull();
  });

  it('is not dealt when switched off, and the card says nothing is on', () => {
    renderPopup({ settings: { disabledStretchIds: [...allBuiltInsOff.disabledStretchIds, door.id] }, custom: [door] });
    expect(document.querySelector('.card.empty')).not.toBeNull();
  });

  it('holds each side for its seconds, switches sides, speaks its name as written, and records its name', async () => {
    const speech = new FakeSpeech([english]);
    const { connector } = renderPopup({ settings: { ...allBuiltInsOff, spokenCues: true }, custom: [door], speech });
    await flush();
    fireEvent.click(primary());
    await flush();
    expect(speech.said[0]!.text).toBe('Doorframe chest opener');
    await run(READY_DESK_MS);
    expect(document.querySelector('.cue')!.textContent).toBe('Breathe easily and stay with the stretch.');
    await run(20_000);
    expect(speech.said.at(-1)!.text).toBe('Now the right arm');
    await run(SWITCH_ARMS_MS + 20_000);
    await flush();
    expect(speech.said.at(-1)!.text).toBe('Done');
    expect(connector.sent.find((m) => m.type === 'break/done')?.payload).toEqual({
      stretchIds: [door.id],
      stretchNames: { [door.id]: 'Doorframe chest opener' },
      durationMs: READY_DESK_MS + 20_000 + SWITCH_ARMS_MS + 20_000,
      completed: true,
    });
  });

  it('can come up in a routine beside the built-ins', () => {
    renderPopup({ routine: true, custom: [door], settings: { disabledStretchIds: stretches.map((s) => s.id).slice(1) } });
    // One built-in left on, and the person's own: both make the routine.
    expect(document.querySelectorAll('.dot')).toHaveLength(2);
  });
});
