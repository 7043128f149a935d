// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { status } from './fake-connector';
import { renderPopup } from './render-popup';
import { flush, useFakeClock } from './clock';

const NOW = new Date(2026, 10, 24, 10, 0, 0).getTime();
useFakeClock(new Date(NOW));

const line = () => document.querySelector('.status-text')!.textContent;
const action = (name: string) => document.querySelector<HTMLButtonElement>(`[data-action="${name}"]`);

describe('status line', () => {
  it('counts down to the next break and offers the pause menu', () => {
    renderPopup({ status: status({ remainingMs: 23 * 60_000 + 5000 }) });
    expect(line()).toBe('Next break in 24 min');
    expect(action('pause-menu')).not.toBeNull();
    expect(action('snooze')).toBeNull();
  });

  it('offers snooze and skip when a break is due, and shows the snooze', async () => {
    const { connector } = renderPopup({ status: status({ phase: 'due', remainingMs: 0 }), settings: { snoozeMin: 10 } });
    expect(line()).toBe('Time for a break');
    expect(action('snooze')!.textContent).toBe('Snooze 10 min');
    fireEvent.click(action('snooze')!);
    await flush();
    expect(connector.types()).toEqual(['break/snooze']);
    expect(line()).toBe('Snoozed until 10:05');
    fireEvent.click(action('skip')!);
    await flush();
    expect(line()).toBe('Next break in 30 min');
  });

  it('hides snooze once the snoozes for this break are used up', () => {
    renderPopup({ status: status({ phase: 'due', snoozesLeft: 0 }) });
    expect(action('snooze')).toBeNull();
    expect(action('skip')).not.toBeNull();
  });

  it('pauses for the chosen time and resumes', async () => {
    const { connector } = renderPopup();
    fireEvent.click(action('pause-menu')!);
    expect(screen.getByRole('menu')).toBeTruthy();
    fireEvent.click(document.querySelector('[data-choice="1h"]')!);
    await flush();
    expect(connector.sent.at(-1)).toEqual({ type: 'pause/start', payload: { until: NOW + 3_600_000 } });
    expect(line()).toBe('Paused until 11:00');
    fireEvent.click(action('resume')!);
    await flush();
    expect(connector.types().at(-1)).toBe('pause/resume');
    expect(line()).toBe('Next break in 24 min');
  });

  it('pauses until the user resumes, and until tomorrow', async () => {
    const { connector } = renderPopup();
    fireEvent.click(action('pause-menu')!);
    fireEvent.click(document.querySelector('[data-choice="resume"]')!);
    await flush();
    expect(connector.sent.at(-1)!.payload).toEqual({ until: null });
    expect(line()).toBe('Paused until you resume');
    fireEvent.click(action('resume')!);
    await flush();
    fireEvent.click(action('pause-menu')!);
    fireEvent.click(document.querySelector('[data-choice="tomorrow"]')!);
    await flush();
    expect(connector.sent.at(-1)!.payload).toEqual({ until: new Date(2026, 10, 25).getTime() });
    expect(line()).toBe('Paused until tomorrow');
  });

  it('puts focus on Resume when a pause replaces the menu button, and back on Pause after resuming', async () => {
    renderPopup();
    fireEvent.click(action('pause-menu')!);
    fireEvent.click(document.querySelector('[data-choice="30m"]')!);
    await flush();
    expect(document.activeElement).toBe(action('resume'));
    fireEvent.click(action('resume')!);
    await flush();
    expect(document.activeElement).toBe(action('pause-menu'));
  });

  it('moves through the pause menu with arrow keys; Escape closes it and focus returns', () => {
    renderPopup();
    const button = action('pause-menu')!;
    fireEvent.click(button);
    const items = [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    expect(items).toHaveLength(5);
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1]!, { key: 'ArrowUp' });
    fireEvent.keyDown(items[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[4]);
    fireEvent.keyDown(items[4]!, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('says when the background does not answer, and the stretch still works', () => {
    renderPopup({ status: null, current: 'eagle-arms' });
    expect(line()).toBe('Break timer not responding');
    expect(action('pause-menu')).toBeNull();
    fireEvent.click(action('primary')!);
    expect(document.querySelector('.phase-word')!.textContent).toBe('Get ready');
  });

  it('shows the fresh status after a refused action, and "not responding" only when nothing answers', async () => {
    const { connector } = renderPopup({ status: status({ phase: 'due' }) });
    connector.failing.add('break/skip');
    connector.state = status({ phase: 'due', snoozesLeft: 0 });
    fireEvent.click(action('skip')!);
    await flush();
    await flush();
    expect(connector.types()).toEqual(['break/skip', 'status/get']);
    expect(line()).toBe('Time for a break');
    expect(action('snooze')).toBeNull();
    connector.failing.add('status/get');
    fireEvent.click(action('skip')!);
    await flush();
    await flush();
    expect(line()).toBe('Break timer not responding');
  });

  it('refreshes the status while open', async () => {
    const { connector } = renderPopup();
    connector.state = status({ remainingMs: 10 * 60_000 });
    await act(() => {
      vi.advanceTimersByTime(30_000);
    });
    await flush();
    expect(line()).toBe('Next break in 10 min');
  });
});
