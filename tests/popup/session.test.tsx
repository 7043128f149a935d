// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderPopup } from './render-popup';
import { flush, useFakeClock } from './clock';

useFakeClock(new Date(2026, 10, 24, 10, 0, 0));

const tick = (ms: number) => act(() => { vi.advanceTimersByTime(ms); });
const primary = () => document.querySelector<HTMLButtonElement>('[data-action="primary"]')!;
const live = () => document.querySelector('[aria-live="polite"]')!.textContent;
const word = () => document.querySelector('.phase-word')?.textContent;
const count = () => document.querySelector('.count-main')?.textContent;

describe('breath timer in the popup', () => {
  it('moves from the steps to breathing in and out, in step with the pace', async () => {
    renderPopup({ current: 'modified-downward-dog' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Desk or wall dog');
    expect(document.querySelectorAll('.steps li')).toHaveLength(4);
    expect(document.querySelector('.orb')).toBeNull();

    fireEvent.click(primary());
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
    fireEvent.click(primary());
    await tick(4999);
    expect(word()).toBe('Breathe in');
    await tick(1);
    expect(word()).toBe('Breathe out');
  });

  it('announces each phase once, politely, and not every second of a hold', async () => {
    renderPopup({ current: 'standing-forward-fold' });
    expect(live()).toBe('');
    fireEvent.click(primary());
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
    fireEvent.click(button);
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
    expect([word(), count()]).toEqual(['Breathe in', 'Breath 1 of 3']);
    // The same button element all along, so keyboard focus stays put.
    expect(primary()).toBe(button);
  });

  it('works from the keyboard: Space and Enter start and pause, Escape pauses', async () => {
    renderPopup({ current: 'modified-downward-dog' });
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(word()).toBe('Breathe in');
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

  it('cues a switch of sides between the two sets of a two-sided stretch', async () => {
    renderPopup({ current: 'cross-body-shoulder' });
    fireEvent.click(primary());
    expect(document.querySelector('.count-side')!.textContent).toBe('First side');
    await tick(30_000);
    expect(word()).toBe('Switch sides');
    expect(live()).toContain('Switch sides');
    await tick(5000);
    expect([word(), count(), document.querySelector('.count-side')!.textContent]).toEqual(['Breathe in', 'Breath 1 of 3', 'Second side']);
  });

  it('calls cow on the breath in and cat on the breath out, for ten rounds', async () => {
    renderPopup({ current: 'cat-cow', settings: { floorStretchesEnabled: true } });
    fireEvent.click(primary());
    expect([word(), count()]).toEqual(['In · cow', 'Round 1 of 10']);
    await tick(4000);
    expect(word()).toBe('Out · cat');
    await tick(9 * 10_000);
    expect(count()).toBe('Round 10 of 10');
  });

  it('gives cobra one breath, then rest', async () => {
    renderPopup({ current: 'cobra', settings: { floorStretchesEnabled: true } });
    fireEvent.click(primary());
    expect([word(), count()]).toEqual(['Breathe in', 'Breath 1 of 1']);
    await tick(4000);
    expect(word()).toBe('Rest');
  });

  it('records a finished stretch and shows a warm word with the count for today', async () => {
    const { connector } = renderPopup({ current: 'modified-downward-dog' });
    fireEvent.click(primary());
    await tick(30_000);
    await flush();
    const done = connector.sent.find((m) => m.type === 'break/done');
    expect(done?.payload).toEqual({ stretchIds: ['modified-downward-dog'], durationMs: 30_000, completed: true });
    expect(screen.getByText('That makes 3 breaks today.')).toBeTruthy();
    expect(document.activeElement).toBe(document.querySelector('.finish-title'));
  });

  it('records a stretch ended early as partial, with the time actually spent', async () => {
    const { connector } = renderPopup({ current: 'eagle-arms' });
    fireEvent.click(primary());
    await tick(12_000);
    fireEvent.click(document.querySelector('[data-action="finish"]')!);
    await flush();
    expect(connector.sent.find((m) => m.type === 'break/done')?.payload).toEqual({ stretchIds: ['eagle-arms'], durationMs: 12_000, completed: false });
    expect(screen.getByText('Every stretch counts.')).toBeTruthy();
  });

  it('keeps the break when the background fails to record it, and records it on retry', async () => {
    const { connector } = renderPopup({ current: 'modified-downward-dog' });
    connector.failing.add('break/done');
    fireEvent.click(primary());
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

describe('breath chime', () => {
  it('sounds once as each breath in and out begins, only when turned on', async () => {
    const { chimes } = renderPopup({ current: 'modified-downward-dog', settings: { soundBreath: true } });
    fireEvent.click(primary());
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

  it('stays silent by default', async () => {
    const { chimes } = renderPopup({ current: 'modified-downward-dog' });
    fireEvent.click(primary());
    await tick(10_000);
    expect(chimes).toEqual([]);
  });
});
