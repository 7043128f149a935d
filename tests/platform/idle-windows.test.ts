// Small translations in the idle and windows adapters that the engine relies on.
import { describe, expect, it, vi } from 'vitest';

const calls: number[] = [];
let focusListener: ((id: number) => void) | null = null;
vi.mock('../../src/platform/browser', () => ({
  default: {
    idle: {
      setDetectionInterval: (s: number) => calls.push(s),
      queryState: async (s: number) => (calls.push(s), 'active'),
      onStateChanged: { addListener() {} },
    },
    windows: {
      WINDOW_ID_NONE: -1,
      onFocusChanged: {
        addListener: (l: (id: number) => void) => {
          focusListener = l;
        },
        removeListener: (l: (id: number) => void) => {
          if (focusListener === l) focusListener = null;
        },
      },
      getAll: async () => [
        { focused: false, state: 'normal' },
        { focused: true, state: 'fullscreen' },
      ],
      create: async () => ({}),
    },
  },
}));
const { browserIdle } = await import('../../src/platform/idle');
const { browserWindows } = await import('../../src/platform/windows');

describe('browserIdle', () => {
  it('never asks for less than the 15 s both browsers accept', async () => {
    const idle = browserIdle();
    idle.setDetectionInterval(5);
    await idle.queryState(60);
    expect(calls).toEqual([15, 60]);
  });
});

describe('browserWindows', () => {
  it('reports focus lost when no browser window has it', () => {
    const seen: boolean[] = [];
    browserWindows().onFocusChanged((f) => seen.push(f));
    focusListener!(-1);
    focusListener!(7);
    expect(seen).toEqual([false, true]);
  });

  it('removes its focus listener when asked', () => {
    const off = browserWindows().onFocusChanged(() => undefined);
    expect(focusListener).not.toBeNull();
    off();
    expect(focusListener).toBeNull();
  });

  it('sees focus and fullscreen across windows', async () => {
    expect(await browserWindows().query()).toEqual({ focused: true, fullscreen: true });
  });
});
