// Working hours: nothing counts and nothing fires outside them; a night outside starts afresh.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { addWorkingMs, isWithinHours, nextHoursChange, workingMsBetween } from '../../../src/core/scheduler/working-hours';
import { MIN, Sim } from './support/sim';

const at = (day: number, h: number, m = 0) => new Date(2026, 0, day, h, m).getTime(); // 5 Jan 2026 is a Monday
const office = { ...defaultSettings(), workingHoursEnabled: true };
const split = {
  ...office,
  workingHours: office.workingHours.map((d) =>
    d.length
      ? [
          { startMin: 540, endMin: 720 },
          { startMin: 780, endMin: 1020 },
        ]
      : [],
  ) as typeof office.workingHours,
};

describe('working-hours helpers', () => {
  it('knows inside from outside, weekends included', () => {
    expect(isWithinHours(at(5, 9), office)).toBe(true);
    expect(isWithinHours(at(5, 17), office)).toBe(false);
    expect(isWithinHours(at(5, 8, 59), office)).toBe(false);
    expect(isWithinHours(at(10, 12), office)).toBe(false); // Saturday
    expect(isWithinHours(at(10, 12), defaultSettings())).toBe(true); // off: always inside
  });

  it('counts only the working part of a span', () => {
    expect(workingMsBetween(at(5, 8), at(5, 10), office)).toBe(60 * MIN);
    expect(workingMsBetween(at(5, 11), at(5, 14), split)).toBe(120 * MIN);
    expect(workingMsBetween(at(9, 16), at(12, 10), office)).toBe(120 * MIN); // Friday to Monday
    expect(workingMsBetween(at(5, 10), at(5, 9), office)).toBe(0);
  });

  it('stays quick for absurd spans (a corrupt timestamp)', () => {
    expect(workingMsBetween(-1e300, at(5, 10), office)).toBeGreaterThan(0);
  });

  it('finds the next change, across the weekend', () => {
    expect(nextHoursChange(at(5, 10), office)).toBe(at(5, 17));
    expect(nextHoursChange(at(5, 17), office)).toBe(at(6, 9));
    expect(nextHoursChange(at(9, 17, 30), office)).toBe(at(12, 9));
    expect(nextHoursChange(at(5, 10), defaultSettings())).toBeNull();
    const never = { ...office, workingHours: [[], [], [], [], [], [], []] as typeof office.workingHours };
    expect(nextHoursChange(at(5, 10), never)).toBeNull();
  });

  it('adds working time across a lunch gap', () => {
    expect(addWorkingMs(at(5, 11, 45), 30 * MIN, split)).toBe(at(5, 13, 15));
  });
});

describe('working hours in the scheduler', () => {
  it('counts nothing and fires nothing outside working hours', () => {
    const sim = new Sim({ workingHoursEnabled: true }, at(5, 16, 50));
    sim.advanceTo(at(5, 23));
    expect(sim.view().phase).toBe('outsideHours');
    expect(sim.reminders()).toEqual([]);
    expect(sim.alarms.get('break')?.at).toBe(at(6, 9));
  });

  it('starts afresh in the morning, and the first break comes 30 minutes in', () => {
    const sim = new Sim({ workingHoursEnabled: true }, at(5, 16, 40));
    sim.advanceTo(at(6, 9, 29));
    expect(sim.reminders()).toEqual([]);
    sim.advanceTo(at(6, 9, 30));
    expect(sim.reminders()).toEqual([expect.objectContaining({ now: at(6, 9, 30) })]);
  });

  it('withdraws a due break when working hours end', () => {
    const sim = new Sim({ workingHoursEnabled: true }, at(5, 16, 20));
    sim.advanceTo(at(5, 16, 55));
    expect(sim.view().phase).toBe('due');
    sim.advanceTo(at(5, 17, 1));
    expect(sim.view().phase).toBe('outsideHours');
    expect(sim.of('clearNotification').at(-1)?.now).toBe(at(5, 17));
  });

  it('takes effect at once when turned on or off in the settings', () => {
    const sim = new Sim({}, at(5, 20));
    const previous = sim.settings;
    sim.settings = { ...previous, workingHoursEnabled: true };
    sim.dispatch({ type: 'settings', previous, obs: sim.obs() });
    expect(sim.view().phase).toBe('outsideHours');
    const on = sim.settings;
    sim.settings = { ...on, workingHoursEnabled: false };
    sim.dispatch({ type: 'settings', previous: on, obs: sim.obs() });
    expect(sim.view().phase).toBe('counting');
  });
});
