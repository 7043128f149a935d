import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elapsedMs, idleClock, locate, pause, resume, start } from '../../../src/core/breath/clock';
import { planBreathing } from '../../../src/core/breath/plan';

// The three breaths alone, without the lead-in, so the numbers below read as breath times.
const plan = planBreathing({ dose: { kind: 'breaths', count: 3 }, sides: 'one', position: 'seated' }, { inhaleSec: 4, exhaleSec: 6 }).slice(
  1,
);

describe('breath clock', () => {
  it('counts running time only: a pause banks it, a resume carries on from it', () => {
    let c = start(1000);
    expect(elapsedMs(c, 4000)).toBe(3000);
    c = pause(c, 4000);
    expect(elapsedMs(c, 60_000)).toBe(3000);
    c = resume(c, 60_000);
    expect(elapsedMs(c, 62_500)).toBe(5500);
  });

  it('ignores pause when not running and resume when not paused', () => {
    expect(pause(idleClock, 5)).toBe(idleClock);
    const running = start(0);
    expect(resume(running, 10)).toBe(running);
    expect(elapsedMs(idleClock, 99)).toBe(0);
  });

  it('never goes negative when the wall clock moves backwards', () => {
    expect(elapsedMs(start(10_000), 5_000)).toBe(0);
  });

  it('never loses or invents time across any pause and resume sequence', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 20 }), (gaps) => {
        let now = 0;
        let c = start(now);
        let running = 0;
        gaps.forEach((gap, i) => {
          now += gap;
          if (c.status === 'running') running += gap;
          c = i % 2 === 0 ? pause(c, now) : resume(c, now);
        });
        expect(elapsedMs(c, now)).toBe(running);
      }),
    );
  });
});

describe('locate', () => {
  it('finds the step and the time left in it', () => {
    expect(locate(plan, 0)).toMatchObject({ index: 0, stepElapsedMs: 0, stepRemainingMs: 4000 });
    expect(locate(plan, 3999)).toMatchObject({ index: 0, stepRemainingMs: 1 });
    expect(locate(plan, 4000)).toMatchObject({ index: 1, step: { kind: 'exhale' }, stepRemainingMs: 6000 });
    expect(locate(plan, 12_500)).toMatchObject({ index: 2, step: { kind: 'inhale', count: 2 }, stepElapsedMs: 2500 });
    expect(locate(plan, 29_999)).toMatchObject({ index: 5, stepRemainingMs: 1 });
  });

  it('reports done at the end and treats negative time as the start', () => {
    expect(locate(plan, 30_000)).toEqual({ done: true });
    expect(locate([], 0)).toEqual({ done: true });
    expect(locate(plan, -50)).toMatchObject({ index: 0 });
  });
});
