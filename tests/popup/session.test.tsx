// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderPopup } from './render-popup';
import { flush, useFakeClock } from './clock';
import { READY_DESK_MS, READY_FLOOR_MS, SWITCH_ARMS_MS } from '../../src/core/breath/plan';
import { FakeSpeech } from '../../src/platform/fakes/speech';

useFakeClock(new Date(2026, 10, 24, 10, 0, 0));

const tick = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });
const primary = () => document.querySelector<HTMLButtonElement>('[data-action="primary"]')!;
const live = () => document.querySelector('[aria-live="polite"]')!.textContent;
const word = () => document.querySelector('.phase-word')?.textContent;
const count = () => document.querySelector('.count-main')?.textContent;
const side = () => document.querySelector('.count-side')?.textContent;
/** Lets `ms` of timer run a second at a time, so each step's effects schedule the next. */
const run = async (ms: number) => {
  for (let t = 0; t < ms; t += 1000) await tick(1000);
};
/** Presses Start and waits out the lead-in of a desk stretch. */
const startDesk = async () => {
  fireEvent.click(primary());
  await tick(READY_DESK_MS);
};

describe('breath timer in the popup', () => {
  it('moves from the steps to breathing in and out, in step with the pace', async () => {
    renderPopup({ current: 'modified-downward-dog' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Desk or wall dog');
    expect(document.querySelectorAll('.steps li')).toHaveLength(4);
    expect(document.querySelector('.orb')).toBeNull();

    fireEvent.click(primary());
    expect([word(), count()]).toEqual(['Get ready', 'Settle into the pose']);
    expect(live()).toContain('Get ready');
    await tick(READY_DESK_MS - 1);
    expect(word()).toBe('Get ready');
    await tick(1);
    expect(word()).toBe('Breathe in');
    expect(count()).toBe('Breath 1 of 3');
    expect(document.querySelector('.orb')!.className).toContain('orb-inhale');
    expect((document.querySelector('.orb') as HTMLElement).style.animationDuration).toBe('4000ms');
    await tick(3999);
    expect(word()).toBe('Breathe in');
    await tick(1);
    expect(word()).toBe('Breathe out');
    expect((document.querySelector('.orb') as HTMLElement).style.animationDuration).toBe('6000ms');
    await tick(6000);
    expect([word(), count()]).toEqual(['Breathe in', 'Breath 2 of 3']);
  });

  it('follows a custom pace from settings', async () => {
    renderPopup({ current: 'modified-downward-dog', settings: { breathInhaleSec: 5, breathExhaleSec: 8 } });
    await startDesk();
    await tick(4999);
    expect(word()).toBe('Breathe in');
    await tick(1);
    expect(word()).toBe('Breathe out');
  });

  it('announces each phase once, politely, and not every second of a hold', async () => {
    renderPopup({ current: 'standing-forward-fold' });
    expect(live()).toBe('');
    await startDesk();
    expect(word()).toBe('Hold');
    expect(count()).toBe('15 s left');
    const said = live();
    expect(said).toContain('Hold');
    await tick(3000);
    expect(count()).toBe('12 s left');
    expect(live()).toBe(said);
  });

  it('pauses, resumes and restarts, and the time paused does not count', async () => {
    renderPopup({ current: 'modified-downward-dog' });
    const button = primary();
    await startDesk();
    await tick(2000);
    fireEvent.click(button);
    expect(button.textContent).toBe('Resume');
    expect(document.querySelector('.stage')!.hasAttribute('data-paused')).toBe(true);
    expect(live()).toBe('Timer paused');
    await tick(60_000);
    expect(word()).toBe('Breathe in');
    fireEvent.click(button);
    await tick(1999);
    expect(word()).toBe('Breathe in');
    await tick(1);
    expect(word()).toBe('Breathe out');
    fireEvent.click(document.querySelector('[data-action="restart"]')!);
    expect(word()).toBe('Get ready');
    await tick(READY_DESK_MS);
    expect([word(), count()]).toEqual(['Breathe in', 'Breath 1 of 3']);
    // The same button element all along, so keyboard focus stays put.
    expect(primary()).toBe(button);
  });

  it('works from the keyboard: Space and Enter start and pause, Escape pauses', async () => {
    renderPopup({ current: 'modified-downward-dog' });
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(word()).toBe('Get ready');
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(primary().textContent).toBe('Resume');
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(primary().textContent).toBe('Pause');
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(primary().textContent).toBe('Resume');
    // Escape on a paused timer is left to the browser, which closes the popup.
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(primary().textContent).toBe('Resume');
  });

  it("names the side in the switch between the two sets, following the steps' first side", async () => {
    renderPopup({ current: 'cross-body-shoulder' });
    await startDesk();
    expect(side()).toBe('Left arm');
    await tick(30_000);
    expect([word(), count()]).toEqual(['Switch sides', 'Now the right arm']);
    expect(live()).toContain('Now the right arm');
    await tick(SWITCH_ARMS_MS);
    expect([word(), count(), side()]).toEqual(['Breathe in', 'Breath 1 of 3', 'Right arm']);
  });

  it('tells the chair twist to turn to the left, after time to re-seat', async () => {
    renderPopup({ current: 'chair-twist' });
    await startDesk();
    expect(side()).toBe('Turning right');
    await tick(30_000);
    expect(count()).toBe('Now turn to the left');
    await tick(SWITCH_ARMS_MS);
    expect(word()).toBe('Switch sides');
  });

  it('calls cow on the breath in and cat on the breath out, for ten rounds', async () => {
    renderPopup({ current: 'cat-cow', settings: { floorStretchesEnabled: true } });
    fireEvent.click(primary());
    await tick(READY_FLOOR_MS);
    expect([word(), count()]).toEqual(['In · cow', 'Round 1 of 10']);
    await tick(4000);
    expect(word()).toBe('Out · cat');
    await tick(9 * 10_000);
    expect(count()).toBe('Round 10 of 10');
  });

  it('gives cobra one breath, then rest', async () => {
    renderPopup({ current: 'cobra', settings: { floorStretchesEnabled: true } });
    fireEvent.click(primary());
    await tick(READY_FLOOR_MS);
    expect([word(), count()]).toEqual(['Breathe in', 'Breath 1 of 1']);
    await tick(4000);
    expect(word()).toBe('Rest');
  });

  it('records a finished stretch and shows a warm word with the count for today', async () => {
    const { connector } = renderPopup({ current: 'modified-downward-dog' });
    await startDesk();
    await tick(30_000);
    await flush();
    const done = connector.sent.find((m) => m.type === 'break/done');
    expect(done?.payload).toEqual({ stretchIds: ['modified-downward-dog'], durationMs: READY_DESK_MS + 30_000, completed: true });
    expect(screen.getByText('That makes 3 breaks today.')).toBeTruthy();
    expect(document.activeElement).toBe(document.querySelector('.finish-title'));
  });

  it('records a stretch ended early as partial, with the time actually spent', async () => {
    const { connector } = renderPopup({ current: 'eagle-arms' });
    fireEvent.click(primary());
    await tick(12_000);
    fireEvent.click(document.querySelector('[data-action="finish"]')!);
    await flush();
    expect(connector.sent.find((m) => m.type === 'break/done')?.payload).toEqual({
      stretchIds: ['eagle-arms'],
      durationMs: 12_000,
      completed: false,
    });
    expect(screen.getByText('Every stretch counts.')).toBeTruthy();
  });

  it('keeps the break when the background fails to record it, and records it on retry', async () => {
    const { connector } = renderPopup({ current: 'modified-downward-dog' });
    connector.failing.add('break/done');
    await startDesk();
    await tick(30_000);
    await flush();
    expect(screen.getByRole('alert').textContent).toContain('could not be recorded');
    connector.failing.delete('break/done');
    fireEvent.click(document.querySelector('[data-action="retry"]')!);
    await flush();
    const records = connector.sent.filter((m) => m.type === 'break/done').map((m) => m.payload);
    expect(records).toHaveLength(2);
    expect(records[1]).toEqual(records[0]);
    expect(screen.getByText('That makes 3 breaks today.')).toBeTruthy();
  });
});

describe('timer chimes', () => {
  it('sound once as each breath in and out begins, only when turned on', async () => {
    const { chimes } = renderPopup({ current: 'modified-downward-dog', settings: { soundBreath: true } });
    await startDesk();
    await flush();
    expect(chimes).toEqual(['inhale']);
    await tick(4000);
    expect(chimes).toEqual(['inhale', 'exhale']);
    // Pausing and resuming mid-phase does not repeat the note.
    fireEvent.click(primary());
    await flush();
    fireEvent.click(primary());
    await flush();
    expect(chimes).toEqual(['inhale', 'exhale']);
    await tick(6000);
    expect(chimes).toEqual(['inhale', 'exhale', 'inhale']);
  });

  it('give the switch and the end their own notes', async () => {
    const { chimes } = renderPopup({ current: 'eagle-arms', settings: { soundBreath: true } });
    await startDesk();
    await run(30_000 + SWITCH_ARMS_MS + 30_000);
    await flush();
    expect(chimes.filter((c) => c === 'switch')).toHaveLength(1);
    expect(chimes.indexOf('switch')).toBe(6);
    expect(chimes.at(-1)).toBe('done');
    expect(chimes).toHaveLength(14);
  });

  it('stay silent by default', async () => {
    const { chimes } = renderPopup({ current: 'modified-downward-dog' });
    await startDesk();
    await tick(40_000);
    expect(chimes).toEqual([]);
  });
});

const german = { name: 'eSpeak German', lang: 'de', localService: true, default: false, voiceURI: 'espeak-de' };
const english = { name: 'eSpeak English', lang: 'en-GB', localService: true, default: false, voiceURI: 'espeak-en' };
const cloud = { name: 'Cloud English', lang: 'en-GB', localService: false, default: true, voiceURI: 'cloud-en' };

describe('spoken cues', () => {
  it('say the name, in, out, the switch with its side and done, in a local voice for the page language', async () => {
    const speech = new FakeSpeech([cloud, german, english]);
    const { chimes } = renderPopup({ current: 'eagle-arms', settings: { spokenCues: true, soundVolumePct: 40 }, speech });
    await flush();
    fireEvent.click(primary());
    await flush();
    expect(speech.said).toEqual([{ text: 'Eagle arms', voice: 'eSpeak English', volume: 0.4 }]);
    await run(READY_DESK_MS + 30_000);
    expect(speech.said.map((s) => s.text).slice(1, 4)).toEqual(['Breathe in', 'Breathe out', 'Breathe in']);
    expect(speech.said.at(-1)!.text).toBe('Now the right arm');
    await run(SWITCH_ARMS_MS + 30_000);
    await flush();
    expect(speech.said.at(-1)!.text).toBe('Done');
    expect(speech.said.every((s) => s.voice === 'eSpeak English')).toBe(true);
    // With a voice speaking, the chimes stay off unless they were turned on too.
    expect(chimes).toEqual([]);
  });

  it('fall back to chimes when no local voice speaks the language, never to a network voice', async () => {
    const speech = new FakeSpeech([cloud, german]);
    const { chimes } = renderPopup({ current: 'modified-downward-dog', settings: { spokenCues: true }, speech });
    await flush();
    await startDesk();
    await flush();
    expect(speech.said).toEqual([]);
    expect(chimes).toEqual(['inhale']);
  });

  it('fall back to chimes where the browser has no speech at all', async () => {
    const { chimes } = renderPopup({ current: 'modified-downward-dog', settings: { spokenCues: true }, speech: null });
    await startDesk();
    await flush();
    expect(chimes).toEqual(['inhale']);
  });

  it('stop when the timer pauses and when the page goes away', async () => {
    const speech = new FakeSpeech([english]);
    renderPopup({ current: 'modified-downward-dog', settings: { spokenCues: true }, speech });
    await flush();
    await startDesk();
    expect(speech.queue.map((s) => s.text)).toEqual(['Desk or wall dog', 'Breathe in']);
    fireEvent.click(primary());
    expect(speech.queue).toEqual([]);
    fireEvent.click(primary());
    await tick(4000);
    expect(speech.queue.map((s) => s.text)).toEqual(['Breathe out']);
    dispatchEvent(new Event('pagehide'));
    expect(speech.queue).toEqual([]);
  });

  it('stay quiet when turned off, whatever voices there are', async () => {
    const speech = new FakeSpeech([english]);
    renderPopup({ current: 'modified-downward-dog', speech });
    await flush();
    await startDesk();
    await tick(10_000);
    expect(speech.said).toEqual([]);
  });
});
