// Reading the stored state back: today's shape is accepted, an older one migrated, anything else
// refused.
import { describe, expect, it } from 'vitest';
import { parseState } from '../../../src/core/scheduler/persisted';
import { initialState } from '../../../src/core/scheduler/state';
import { MIN, Sim, T0 } from './support/sim';

/** A version-1 state as written to storage.local by 0.1.0 (before the names changed), kept as a fixture. */
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

/** The same state as version 2 writes it. */
const { heartbeat: _renamed, ...v1Rest } = v1Fixture;
const v2Fixture = { ...v1Rest, schemaVersion: 2, expectedAlarm: null };

describe('parseState', () => {
  it('accepts the stored version-2 shape', () => {
    expect(parseState(v2Fixture)).toEqual({ state: v2Fixture });
  });

  it('migrates the version-1 shape: only names changed, so nothing of the count is lost', () => {
    expect(parseState(v1Fixture)).toEqual({ state: v2Fixture });
    const counting = {
      ...v1Fixture,
      phase: { tag: 'counting', since: 1767608000000, from: 1767607200000 },
      activeMs: 800000,
      heartbeat: { at: 1767608600000, periodMs: 60000 },
    };
    expect(parseState(counting)).toEqual({
      state: { ...v2Fixture, phase: counting.phase, activeMs: 800000, expectedAlarm: { at: 1767608600000, periodMs: 60000 } },
    });
    // A pause holding a due break keeps holding it.
    const paused = { ...v1Fixture, phase: { tag: 'paused', since: 1767609000000, until: null, pending: true } };
    expect(parseState(paused)).toEqual({
      state: { ...v2Fixture, phase: { tag: 'paused', since: 1767609000000, until: null, breakHeld: true } },
    });
  });

  it('round-trips every state the scheduler produces', () => {
    const sim = new Sim();
    for (const step of [
      () => sim.advance(30 * MIN),
      () => sim.dispatch({ type: 'snooze' }),
      () => sim.dispatch({ type: 'pause', until: null }),
    ]) {
      step();
      expect(parseState(JSON.parse(JSON.stringify(sim.state)))).toEqual({ state: sim.state });
    }
    expect(parseState(initialState(T0))).toEqual({ state: initialState(T0) });
  });

  it('refuses missing, newer and broken states', () => {
    expect(parseState(undefined)).toEqual({ problem: 'missing' });
    expect(parseState({ ...v2Fixture, schemaVersion: 99 })).toEqual({ problem: 'newerVersion' });
    expect(parseState({ ...v2Fixture, schemaVersion: 0 })).toEqual({ problem: 'invalid' });
    expect(parseState({ ...v2Fixture, phase: { tag: 'napping', since: 1 } })).toEqual({ problem: 'invalid' });
    expect(parseState({ ...v2Fixture, activeMs: -5 })).toEqual({ problem: 'invalid' });
    expect(parseState({ ...v2Fixture, lastSeenAt: 'yesterday' })).toEqual({ problem: 'invalid' });
    // A version-2 state still in version 1's names is broken, not migrated twice.
    expect(parseState({ ...v1Fixture, schemaVersion: 2 })).toEqual({ problem: 'invalid' });
    expect(parseState('{"schemaVersion":1}')).toEqual({ problem: 'invalid' });
    expect(parseState({ schemaVersion: 1 })).toEqual({ problem: 'invalid' });
  });
});
