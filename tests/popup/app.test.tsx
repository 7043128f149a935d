// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { stretchById, stretches } from '../../src/core/stretches/library';
import { parseBag } from '../../src/core/stretches/shuffle-bag';
import { FakeStorageArea } from '../../src/platform/fakes/storage-area';
import { status } from './fake-connector';
import { renderPopup } from './render-popup';
import { flush, useFakeClock } from './clock';
import { SHUFFLE_KEY } from '../../src/storage/keys';

const NOW = new Date(2026, 10, 24, 10, 0, 0);
useFakeClock(NOW);

const tick = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });
const click = (action: string) => fireEvent.click(document.querySelector(`[data-action="${action}"]`)!);
const shownId = () => document.querySelector('[data-figure]')!.getAttribute('data-figure')!;
const statusLine = () => document.querySelector('.status-text')!.textContent;

describe('popup card', () => {
  it('shows a desk-friendly stretch with its illustration by default', () => {
    for (let i = 0; i < 20; i++) {
      renderPopup();
      const id = shownId();
      expect(stretchById(id)?.deskFriendly).toBe(true);
      expect(screen.getByRole('img', { name: `Drawing of ${screen.getByRole('heading', { level: 1 }).textContent}` })).toBeTruthy();
      cleanup();
    }
  });

  it('deals a different stretch on "Another stretch" and keeps focus on the button', async () => {
    const { area } = renderPopup({ current: 'eagle-arms' });
    const button = document.querySelector<HTMLButtonElement>('[data-action="another"]')!;
    button.focus();
    fireEvent.click(button);
    await flush();
    expect(shownId()).not.toBe('eagle-arms');
    expect(document.activeElement).toBe(button);
    expect(parseBag(await area.get(SHUFFLE_KEY)).current).toBe(shownId());
  });

  it('offers the same stretch when reopened, until it is done', async () => {
    const area = new FakeStorageArea();
    renderPopup({ area });
    await flush();
    const first = shownId();
    cleanup();
    renderPopup({ area, bag: parseBag(await area.get(SHUFFLE_KEY)) });
    expect(shownId()).toBe(first);
  });

  it('shows every desk stretch once before any repeats', async () => {
    const area = new FakeStorageArea();
    renderPopup({ area });
    const seen = [shownId()];
    for (let i = 0; i < 6; i++) {
      click('another');
      seen.push(shownId());
    }
    expect(seen.sort()).toEqual(
      stretches
        .filter((s) => s.deskFriendly)
        .map((s) => s.id)
        .sort(),
    );
  });

  it('never offers a stretch the person switched off', () => {
    const off = stretches.filter((s) => s.deskFriendly && s.id !== 'chin-to-chest').map((s) => s.id);
    renderPopup({ settings: { disabledStretchIds: off } });
    for (let i = 0; i < 3; i++) {
      expect(shownId()).toBe('chin-to-chest');
      click('another');
    }
  });

  it('says so, and links to settings, when every stretch is switched off', () => {
    const { pages } = renderPopup({ settings: { disabledStretchIds: stretches.map((s) => s.id) } });
    expect(screen.getByText('Every stretch is switched off')).toBeTruthy();
    fireEvent.click(screen.getAllByText('Settings')[0]!);
    expect(pages.opened).toEqual(['options']);
  });

  it('opens settings and history from the footer', () => {
    const { pages } = renderPopup();
    click('settings');
    click('stats');
    expect(pages.opened).toEqual(['options', 'stats']);
  });

  it('tells the background a break began when started before it was due, not when due', () => {
    const early = renderPopup({ current: 'eagle-arms' });
    click('primary');
    expect(early.connector.types()).toEqual(['break/now']);
    expect(statusLine()).toBe('On a break · take your time');
    cleanup();
    const due = renderPopup({ current: 'eagle-arms', status: status({ phase: 'due', remainingMs: 0 }) });
    click('primary');
    expect(due.connector.types()).toEqual([]);
  });

  it('keeps focus when the finish view gives way to another stretch', async () => {
    renderPopup({ current: 'standing-forward-fold' });
    click('primary');
    await tick(6000 + 15_000);
    await flush();
    const another = document.querySelector<HTMLButtonElement>('.finish [data-action="another"]')!;
    another.focus();
    fireEvent.click(another);
    await flush();
    expect(document.querySelector('.finish')).toBeNull();
    expect(document.activeElement).toBe(document.querySelector('[data-action="primary"]'));
  });

  it('closes from the finish view', async () => {
    const popup = renderPopup({ current: 'standing-forward-fold' });
    click('primary');
    await tick(6000 + 15_000);
    await flush();
    click('close');
    expect(popup.closed()).toBe(1);
  });
});

describe('5-minute routine', () => {
  it('opens when the long break is due, with progress dots, and runs the stretches back to back', async () => {
    const { connector } = renderPopup({ status: status({ phase: 'due', breakKind: 'routine', remainingMs: 0 }) });
    const dots = document.querySelectorAll('.dot');
    expect(dots.length).toBeGreaterThanOrEqual(4);
    expect(dots[0]!.getAttribute('data-state')).toBe('current');
    expect(screen.getByRole('img', { name: `Stretch 1 of ${dots.length}` })).toBeTruthy();
    expect(document.querySelector('[data-action="primary"]')!.textContent).toBe('Start routine');
    const first = shownId();
    click('primary');
    // Long enough for any single stretch: the routine moves on by itself.
    for (let i = 0; i < 20 && document.querySelectorAll('.dot')[1]!.getAttribute('data-state') !== 'current'; i++) await tick(5000);
    expect(document.querySelectorAll('.dot')[0]!.getAttribute('data-state')).toBe('done');
    expect(shownId()).not.toBe(first);
    expect(document.querySelector('.phase-word')!.textContent).toBe('Get ready');
    for (let i = 0; i < 200 && !connector.types().includes('break/done'); i++) await tick(5000);
    await flush();
    const record = connector.sent.find((m) => m.type === 'break/done')!.payload as {
      stretchIds: string[];
      completed: boolean;
      durationMs: number;
    };
    expect(record.stretchIds).toHaveLength(dots.length);
    expect(record.completed).toBe(true);
    expect(record.durationMs).toBeGreaterThanOrEqual(4 * 60_000);
  });

  it('opens on ?routine=1 and can go back to one stretch', () => {
    renderPopup({ routine: true });
    expect(document.querySelector('.dots')).not.toBeNull();
    click('single');
    expect(document.querySelector('.dots')).toBeNull();
    click('routine');
    expect(document.querySelector('.dots')).not.toBeNull();
  });

  it('uses floor stretches too when they are enabled', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 8; i++) {
      renderPopup({ routine: true, settings: { floorStretchesEnabled: true } });
      for (let n = 0; n < document.querySelectorAll('.dot').length; n++) {
        ids.add(shownId());
        click('next');
      }
      cleanup();
    }
    expect([...ids].some((id) => stretchById(id)?.position === 'floor')).toBe(true);
  });

  it('skips ahead with "Next stretch" and records only what was reached when ended early', async () => {
    const { connector } = renderPopup({ routine: true });
    const total = document.querySelectorAll('.dot').length;
    click('next');
    expect(document.querySelectorAll('.dot')[1]!.getAttribute('data-state')).toBe('current');
    click('primary');
    await tick(3000);
    click('finish');
    await flush();
    expect(connector.sent.find((m) => m.type === 'break/done')!.payload).toMatchObject({ completed: false, durationMs: 3000 });
    expect((connector.sent.find((m) => m.type === 'break/done')!.payload as { stretchIds: string[] }).stretchIds).toHaveLength(2);
    expect(total).toBeGreaterThan(2);
  });
});
