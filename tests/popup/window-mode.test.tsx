// @vitest-environment happy-dom
// The popup's page in the stretch window (issue 12): it stays open while the person stretches and
// closes itself once the break is dealt with; the toolbar popup never closes on its own.
import { act, fireEvent } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FINISH_LINGER_MS } from '../../src/popup/use-popup';
import { status } from './fake-connector';
import { FakeLive } from './fake-live';
import { renderPopup } from './render-popup';
import { flush, useFakeClock } from './clock';

useFakeClock(new Date(2026, 10, 24, 10, 0, 0));

const tick = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });
const click = (action: string) => fireEvent.click(document.querySelector(`[data-action="${action}"]`)!);
const due = () => status({ phase: 'due', remainingMs: 0 });

describe('the stretch window', () => {
  it('closes itself a moment after a finished stretch, once the finish view could be read', async () => {
    const popup = renderPopup({ current: 'standing-forward-fold', inWindow: true, status: due() });
    click('primary');
    await tick(6000 + 15_000);
    await flush();
    expect(document.querySelector('.finish')).not.toBeNull();
    await tick(FINISH_LINGER_MS - 100);
    expect(popup.closed()).toBe(0);
    await tick(200);
    expect(popup.closed()).toBe(1);
  });

  it('stays open when the person picks another stretch from the finish view', async () => {
    const popup = renderPopup({ current: 'standing-forward-fold', inWindow: true, status: due() });
    click('primary');
    await tick(6000 + 15_000);
    await flush();
    click('another');
    await tick(FINISH_LINGER_MS * 3);
    expect(popup.closed()).toBe(0);
  });

  it.each(['skip', 'snooze'])('closes at once after %s', async (action) => {
    const popup = renderPopup({ inWindow: true, status: due() });
    click(action);
    await flush();
    expect(popup.connector.types()).toContain(`break/${action}`);
    expect(popup.closed()).toBe(1);
  });

  it('stays open when the background refused or did not answer, so nothing is lost from view', async () => {
    const popup = renderPopup({ inWindow: true, status: due() });
    popup.connector.failing.add('break/skip');
    click('skip');
    await flush();
    expect(popup.closed()).toBe(0);
  });
});

describe('the toolbar popup', () => {
  it('does not close itself after skip or a finished stretch', async () => {
    const popup = renderPopup({ current: 'standing-forward-fold', status: due() });
    click('primary');
    await tick(6000 + 15_000);
    await flush();
    await tick(FINISH_LINGER_MS * 2);
    expect(popup.closed()).toBe(0);
    click('close');
    expect(popup.closed()).toBe(1);
  });

  it('does not close itself after skip', async () => {
    const popup = renderPopup({ status: due() });
    click('skip');
    await flush();
    expect(popup.closed()).toBe(0);
  });
});

describe('the stretch window when the break is dealt with elsewhere', () => {
  it('closes once its break was done or skipped in another page', async () => {
    const live = new FakeLive();
    const popup = renderPopup({ inWindow: true, status: due(), live });
    await flush();
    live.push(status({ phase: 'counting', breakId: 'c-2', remainingMs: 30 * 60_000 }));
    await flush();
    expect(popup.closed()).toBe(1);
  });

  it('stays open through a snooze from elsewhere, for the break to come back to it', async () => {
    const live = new FakeLive();
    const popup = renderPopup({ inWindow: true, status: due(), live });
    await flush();
    live.push(status({ phase: 'snoozed', until: Date.now() + 60_000 }));
    await flush();
    expect(popup.closed()).toBe(0);
  });

  it('stays open when opened on request with no break pending (the welcome page\'s "Show me a stretch")', async () => {
    const live = new FakeLive();
    const popup = renderPopup({ inWindow: true, status: status(), live });
    await flush();
    live.push(status({ breakId: 'c-2' }));
    await flush();
    expect(popup.closed()).toBe(0);
  });

  it('keeps a stretch under way open whatever happens elsewhere', async () => {
    const live = new FakeLive();
    const popup = renderPopup({ inWindow: true, status: due(), live });
    click('primary');
    await flush();
    live.push(status({ phase: 'counting', breakId: 'c-2' }));
    await flush();
    expect(popup.closed()).toBe(0);
  });
});
