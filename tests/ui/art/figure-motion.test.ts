import { describe, expect, it } from 'vitest';
import { moveMs, SETTLE_MS, targetOf } from '../../../src/ui/art/figure-motion';

describe('which pose the figure moves to', () => {
  it('shows the stretch before the timer starts', () => {
    expect(targetOf(undefined, 'start')).toBe('stretch');
  });

  it('lengthens breathing in, deepens breathing out, and rests in the stretch while holding', () => {
    expect(targetOf({ kind: 'inhale' }, 'start')).toBe('start');
    expect(targetOf({ kind: 'exhale' }, 'start')).toBe('stretch');
    expect(targetOf({ kind: 'hold' }, 'start')).toBe('stretch');
  });

  it('lifts on the in-breath for a stretch that opens breathing in (cobra), and lowers to rest', () => {
    expect(targetOf({ kind: 'inhale' }, 'stretch')).toBe('stretch');
    expect(targetOf({ kind: 'rest' }, 'stretch')).toBe('start');
  });

  it('follows the shape in cat-cow: cow in, cat out', () => {
    expect(targetOf({ kind: 'inhale', shape: 'cow' }, 'start')).toBe('start');
    expect(targetOf({ kind: 'exhale', shape: 'cat' }, 'start')).toBe('stretch');
  });

  it('goes back to the start pose to get ready, switch sides, and for step kinds it does not know', () => {
    expect(targetOf({ kind: 'ready' }, 'start')).toBe('start');
    expect(targetOf({ kind: 'switch' }, 'stretch')).toBe('start');
    expect(targetOf({ kind: 'settle' as 'ready' }, 'start')).toBe('start');
  });

  it('moves for a whole breath, and settles within a moment otherwise', () => {
    expect(moveMs({ kind: 'inhale', durationMs: 4000 })).toBe(4000);
    expect(moveMs({ kind: 'exhale', durationMs: 6000 })).toBe(6000);
    expect(moveMs({ kind: 'rest', durationMs: 6000 })).toBe(6000);
    expect(moveMs({ kind: 'hold', durationMs: 15000 })).toBe(SETTLE_MS);
    expect(moveMs({ kind: 'switch', durationMs: 1000 })).toBe(1000);
  });
});
