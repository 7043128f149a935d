// @vitest-environment happy-dom
// The popup on the live port: it follows the background's status as it changes (issue 15) and
// tells it where a stretch stands, so closing mid-stretch loses nothing (issue 12).
import { act, fireEvent } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { status } from './fake-connector';
import { FakeLive } from './fake-live';
import { renderPopup } from './render-popup';
import { flush, useFakeClock } from './clock';

useFakeClock(new Date(2026, 10, 24, 10, 0, 0));

const action = (name: string) => document.querySelector(`[data-action="${name}"]`);

describe('popup on the live port', () => {
  it('shows a break the moment it comes due, with Snooze and Skip, without waiting for a refresh', async () => {
    const live = new FakeLive();
    renderPopup({ live, status: status({ breakId: 'c-1' }) });
    await flush();
    expect(action('skip')).toBeNull();
    live.push(status({ phase: 'due', remainingMs: 0, breakId: 'c-1' }));
    expect(action('skip')).not.toBeNull();
    expect(action('snooze')).not.toBeNull();
  });

  it('says where the stretch stands as it runs, and that none is under way once it is finished', async () => {
    const live = new FakeLive();
    renderPopup({ live, current: 'chin-to-chest' });
    await flush();
    expect(live.sent.every((p) => p === null)).toBe(true);
    fireEvent.click(action('primary')!);
    await act(() => {
      vi.advanceTimersByTime(12_000);
    });
    const running = live.sent.filter((p) => p?.running);
    expect(running.length).toBeGreaterThan(1);
    expect(running.at(-1)!.record).toMatchObject({ stretchIds: ['chin-to-chest'], completed: false });
    expect(running.at(-1)!.record.durationMs).toBeGreaterThan(running[0]!.record.durationMs);
    fireEvent.click(action('primary')!); // pause
    expect(live.sent.at(-1)).toMatchObject({ running: false });
    fireEvent.click(action('finish')!);
    await flush();
    expect(live.sent.at(-1)).toBeNull();
  });
});
