// Active time follows the idle API, backdated to the last input; a long absence is a natural
// break; the focus option and media change what counts.
import { describe, expect, it } from 'vitest';
import { MIN, Sim, T0 } from './support/sim';

describe('presence: idle and locked', () => {
  it('stops the count at the last input, not when idle was noticed', () => {
    const sim = new Sim({ idleDetectionSec: 60 });
    sim.advance(10 * MIN);
    sim.setPresence('idle'); // noticed now; the last input was a minute ago
    expect(sim.view()).toMatchObject({ phase: 'idle', remainingMs: 21 * MIN, nextBreakAt: null });
    sim.advance(3 * MIN);
    sim.setPresence('active');
    expect(sim.view()).toMatchObject({ phase: 'counting', remainingMs: 21 * MIN });
    expect(sim.alarms.get('break')?.at).toBe(sim.now + 21 * MIN);
  });

  it('stops the count on locked, also backdated', () => {
    const sim = new Sim({ idleDetectionSec: 120 });
    sim.advance(10 * MIN);
    sim.setPresence('locked');
    expect(sim.view().remainingMs).toBe(22 * MIN);
  });

  it('never backdates past the start of the counting stretch', () => {
    const sim = new Sim({ idleDetectionSec: 600 });
    sim.advance(4 * MIN);
    sim.setPresence('idle');
    expect(sim.view().remainingMs).toBe(30 * MIN);
  });

  it('logs a natural break and starts over after being away at least the natural-break length', () => {
    const sim = new Sim({ naturalBreakMin: 5, idleDetectionSec: 60 });
    sim.advance(20 * MIN);
    sim.setPresence('idle');
    sim.advance(4 * MIN); // away since 19:00 → 5 minutes at 24:00
    sim.setPresence('active');
    expect(sim.history('natural')).toEqual([expect.objectContaining({ idleMs: 5 * MIN, at: T0 + 24 * MIN })]);
    expect(sim.view().remainingMs).toBe(30 * MIN);
  });

  it('keeps the count after a shorter absence', () => {
    const sim = new Sim({ naturalBreakMin: 5, idleDetectionSec: 60 });
    sim.advance(20 * MIN);
    sim.setPresence('idle');
    sim.advance(3 * MIN);
    sim.setPresence('active');
    expect(sim.history('natural')).toEqual([]);
    expect(sim.view().remainingMs).toBe(11 * MIN);
  });

  it('works without a locked state (Firefox): idle alone makes the natural break', () => {
    const sim = new Sim({ naturalBreakMin: 10 });
    sim.advance(15 * MIN);
    sim.setPresence('idle');
    sim.advance(60 * MIN);
    sim.setPresence('active');
    expect(sim.history('natural')).toHaveLength(1);
    expect(sim.effects.some((e) => e.type === 'history' && e.event.type === 'due')).toBe(false);
  });

  it('lets a natural break stand in for a due break and withdraws its reminder', () => {
    const sim = new Sim({ naturalBreakMin: 5 });
    sim.advance(30 * MIN);
    expect(sim.view().phase).toBe('due');
    sim.setPresence('locked');
    sim.advance(10 * MIN);
    sim.setPresence('active');
    expect(sim.view().phase).toBe('counting');
    expect(sim.of('clearNotification', T0 + 40 * MIN)).toHaveLength(1);
  });
});

describe('presence: focus and media', () => {
  it('counts only while a browser window has focus when that option is on', () => {
    const sim = new Sim({ countOnlyWhenFocused: true });
    sim.advance(5 * MIN);
    sim.setFocus(false);
    sim.advance(20 * MIN);
    sim.setFocus(true);
    expect(sim.view().remainingMs).toBe(25 * MIN);
    expect(sim.history('natural')).toEqual([]); // working in another app is no break
  });

  it('ignores focus when the option is off', () => {
    const sim = new Sim({ countOnlyWhenFocused: false });
    sim.setFocus(false);
    sim.advance(10 * MIN);
    expect(sim.view().remainingMs).toBe(20 * MIN);
  });

  it('keeps counting while idle if a tab is audible or a window fullscreen', () => {
    const sim = new Sim();
    sim.setMedia(true);
    sim.advance(5 * MIN); // a heartbeat sees the media
    sim.setPresence('idle');
    expect(sim.view().phase).toBe('counting');
    sim.advance(10 * MIN);
    expect(sim.view().remainingMs).toBe(15 * MIN);
  });

  it('stops counting when the media ends while idle, without calling the watching a break', () => {
    const sim = new Sim({ naturalBreakMin: 5 });
    sim.setMedia(true);
    sim.advance(5 * MIN);
    sim.setPresence('idle');
    sim.advance(10 * MIN);
    sim.setMedia(false);
    sim.advance(5 * MIN); // the next heartbeat notices
    expect(sim.view().phase).toBe('idle');
    const frozen = sim.view().remainingMs;
    sim.advance(2 * MIN);
    sim.setPresence('active');
    expect(sim.history('natural')).toEqual([]);
    expect(sim.view().remainingMs).toBe(frozen);
  });

  it('lets idle stop the count as usual when media awareness is off', () => {
    const sim = new Sim({ mediaAware: false });
    sim.setMedia(true);
    sim.advance(5 * MIN);
    sim.setPresence('idle');
    expect(sim.view().phase).toBe('idle');
  });
});
