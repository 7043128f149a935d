// Popup tests run on a frozen, fake clock (the breath timer is driven by setTimeout), and clean
// up what they rendered.
import { act, cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';

/** Call at the top of a test file: every test starts at `at` with fake timers. */
export function useFakeClock(at: Date): void {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(at);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });
}

/** Lets pending promises (a fake connector's answers) settle inside act(). */
export const flush = () =>
  act(async () => {
    await Promise.resolve();
  });
