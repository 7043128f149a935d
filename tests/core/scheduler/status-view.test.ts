// What the popup and the toolbar button see.
import { describe, expect, it } from 'vitest';
import { badgeView, statusView } from '../../../src/core/scheduler/status-view';
import { MIN, Sim, T0 } from './support/sim';

describe('statusView', () => {
  it('counts the running stretch without a step', () => {
    const sim = new Sim();
    expect(statusView(sim.state, T0 + 7 * MIN, sim.settings)).toMatchObject({ remainingMs: 23 * MIN, nextBreakAt: T0 + 30 * MIN });
  });

  it('never reports negative time left', () => {
    const sim = new Sim();
    expect(statusView(sim.state, T0 + 300 * MIN, sim.settings).remainingMs).toBe(0);
  });

  it('reports a pause until resume with no end', () => {
    const sim = new Sim();
    sim.dispatch({ type: 'pause', until: null });
    expect(sim.view()).toMatchObject({ phase: 'paused', until: null, nextBreakAt: null });
    expect(badgeView(sim.state, sim.now, sim.settings).title).toEqual({ key: 'bgTitlePaused', args: [] });
  });

  it('titles the button with the time a pause ends', () => {
    const sim = new Sim();
    sim.dispatch({ type: 'pause', until: T0 + 60 * MIN });
    expect(badgeView(sim.state, sim.now, sim.settings).title).toEqual({ key: 'bgTitlePausedUntil', args: [{ time: T0 + 60 * MIN }] });
  });

  it('shows at least one minute on the badge while counting', () => {
    const sim = new Sim();
    expect(badgeView(sim.state, T0 + 30 * MIN - 1000, sim.settings).text).toEqual({ key: 'bgBadgeMinutes', args: [1] });
  });

  it('names the break: the same while it is due and snoozed, another once it is skipped', () => {
    const sim = new Sim();
    const first = sim.view().breakId;
    sim.advance(30 * MIN);
    expect(sim.view()).toMatchObject({ phase: 'due', breakId: first });
    sim.dispatch({ type: 'snooze' });
    expect(sim.view().breakId).toBe(first);
    sim.advance(10 * MIN);
    sim.dispatch({ type: 'skip' });
    expect(sim.view().breakId).not.toBe(first);
  });
});
