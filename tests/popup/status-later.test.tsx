// @vitest-environment happy-dom
// The popup paints its card from storage, before the background answers 'status/get'; the status
// line fills in when the answer comes, and a late answer never undoes what the person did.
import { act, fireEvent } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { StatusView } from '../../src/core/scheduler/status-view';
import { status } from './fake-connector';
import { renderPopup } from './render-popup';
import { useFakeClock } from './clock';

useFakeClock(new Date(2026, 10, 24, 10, 0, 0));

function later() {
  let answer!: (s: StatusView | null) => void;
  const promise = new Promise<StatusView | null>((resolve) => (answer = resolve));
  return {
    promise,
    answer: (s: StatusView | null) =>
      act(async () => {
        answer(s);
        await promise;
      }),
  };
}
const statusLine = () => document.querySelector('.status-text')!.textContent;
const click = (action: string) => fireEvent.click(document.querySelector(`[data-action="${action}"]`)!);

describe('status that comes after the card', () => {
  it('shows the card at once, a blank status line, then the status when it answers', async () => {
    const l = later();
    renderPopup({ statusLater: l.promise });
    expect(document.querySelector('#stretch-name')!.textContent).not.toBe('');
    expect(statusLine()).toBe('');
    expect(document.querySelector('.status-actions')).toBeNull();
    await l.answer(status({ remainingMs: 12 * 60_000 }));
    expect(statusLine()).toContain('12');
    expect(document.querySelector('.status-actions')).not.toBeNull();
  });

  it('says the timer is not responding when no answer comes', async () => {
    const l = later();
    renderPopup({ statusLater: l.promise });
    await l.answer(null);
    expect(statusLine()).toBe('Break timer not responding');
  });

  it('turns the card into the routine when the long break turns out to be due', async () => {
    const l = later();
    renderPopup({ statusLater: l.promise });
    expect(document.querySelectorAll('.dot')).toHaveLength(0);
    await l.answer(status({ phase: 'due', breakKind: 'routine', remainingMs: 0 }));
    expect(document.querySelectorAll('.dot').length).toBeGreaterThanOrEqual(4);
  });

  it('leaves the card alone once the person moved on, and keeps a newer status', async () => {
    const l = later();
    const { connector } = renderPopup({ statusLater: l.promise });
    connector.state = status({ phase: 'paused', until: null });
    click('another');
    const shown = document.querySelector('#stretch-name')!.textContent;
    // The status refresh answers before the start-up question does.
    await act(async () => {
      vi.advanceTimersByTime(30_000);
      await Promise.resolve();
    });
    const fresh = statusLine();
    expect(fresh).toBe('Paused until you resume');
    await l.answer(status({ phase: 'due', breakKind: 'routine', remainingMs: 0 }));
    expect(document.querySelectorAll('.dot')).toHaveLength(0);
    expect(document.querySelector('#stretch-name')!.textContent).toBe(shown);
    expect(statusLine()).toBe(fresh);
  });
});
