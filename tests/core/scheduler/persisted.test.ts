// Reading the stored state back: today's shape is accepted, anything else refused.
import { describe, expect, it } from 'vitest';
import { parseState } from '../../../src/core/scheduler/persisted';
import { initialState } from '../../../src/core/scheduler/state';
import { MIN, Sim, T0 } from './support/sim';

/** A version-1 state as written to storage.local by this version, kept as a fixture. */
const v1Fixture = {
  schemaVersion: 1,
  phase: { tag: 'snoozed', since: 1767609000000, until: 1767609300000 },
  activeMs: 1800000,
  unreportedActiveMs: 0,
  cycle: { startedAt: 1767607200000, breakNumber: 2, snoozesUsed: 1, dueCount: 1 },
  inputs: { presence: 'active', focused: true, media: false },
  awaySince: null,
  lastSeenAt: 1767609000000,
  heartbeat: null,
  today: { dayStart: 1767571200000, taken: 1 },
};

describe('parseState', () => {
  it('accepts the stored version-1 shape', () => {
    expect(parseState(v1Fixture)).toEqual({ state: v1Fixture });
  });

  it('round-trips every state the scheduler produces', () => {
    const sim = new Sim();
    for (const step of [() => sim.advance(30 * MIN), () => sim.dispatch({ type: 'snooze' }), () => sim.dispatch({ type: 'pause', until: null })]) {
      step();
      expect(parseState(JSON.parse(JSON.stringify(sim.state)))).toEqual({ state: sim.state });
    }
    expect(parseState(initialState(T0))).toEqual({ state: initialState(T0) });
  });

  it('refuses missing, newer and broken states', () => {
    expect(parseState(undefined)).toEqual({ problem: 'missing' });
    expect(parseState({ ...v1Fixture, schemaVersion: 99 })).toEqual({ problem: 'newerVersion' });
    expect(parseState({ ...v1Fixture, schemaVersion: 0 })).toEqual({ problem: 'invalid' });
    expect(parseState({ ...v1Fixture, phase: { tag: 'napping', since: 1 } })).toEqual({ problem: 'invalid' });
    expect(parseState({ ...v1Fixture, activeMs: -5 })).toEqual({ problem: 'invalid' });
    expect(parseState({ ...v1Fixture, lastSeenAt: 'yesterday' })).toEqual({ problem: 'invalid' });
    expect(parseState('{"schemaVersion":1}')).toEqual({ problem: 'invalid' });
  });
});
