// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Welcome } from '../../src/welcome/welcome';
import { defaultSettings, type Settings } from '../../src/core/settings/defaults';
import { installEnglish } from '../support/messages';
import { FakeToolbarPin } from '../../src/platform/fakes/toolbar-pin';

beforeAll(installEnglish);
afterEach(cleanup);

function setup(save: (s: Settings) => Promise<unknown> = async () => 'sync', toolbar = new FakeToolbarPin(false)) {
  const saved: Settings[] = [];
  const tryStretch = vi.fn();
  const openOptions = vi.fn();
  render(
    <Welcome
      initial={defaultSettings()}
      save={(s) => {
        saved.push(s);
        return save(s);
      }}
      tryStretch={tryStretch}
      openOptions={openOptions}
      toolbar={toolbar}
    />,
  );
  return { saved, tryStretch, openOptions, toolbar };
}

describe('Welcome', () => {
  it('starts from the current settings: 30 minutes, desk only', () => {
    setup();
    expect((screen.getByLabelText('Every 30 min') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(/At my desk/) as HTMLInputElement).checked).toBe(true);
  });

  it('saves the interval the moment it is chosen, keeping every other setting', async () => {
    const { saved } = setup();
    fireEvent.click(screen.getByLabelText('Every 45 min'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Saved/));
    expect(saved.at(-1)).toEqual({ ...defaultSettings(), breakIntervalMin: 45 });
  });

  it('turns floor stretches on and off', () => {
    const { saved } = setup();
    fireEvent.click(screen.getByLabelText(/Desk and floor/));
    expect(saved.at(-1)!.floorStretchesEnabled).toBe(true);
    fireEvent.click(screen.getByLabelText(/At my desk/));
    expect(saved.at(-1)!.floorStretchesEnabled).toBe(false);
  });

  it('says so when a choice could not be saved', async () => {
    setup(async () => {
      throw new Error('quota');
    });
    fireEvent.click(screen.getByLabelText('Every 20 min'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/could not be saved/));
  });

  it('offers a stretch to try and a way to all settings', () => {
    const { tryStretch, openOptions } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Show me a stretch' }));
    fireEvent.click(screen.getByRole('button', { name: 'All settings' }));
    expect(tryStretch).toHaveBeenCalledOnce();
    expect(openOptions).toHaveBeenCalledOnce();
  });

  it('shows how to pin Unhunch while it is hidden in the Extensions menu, and says so once pinned', async () => {
    const { toolbar } = setup();
    await screen.findByText('Pin Unhunch to your toolbar');
    expect(document.querySelector('.pin-hint svg')).not.toBeNull();
    toolbar.set(true);
    await screen.findByText(/Unhunch is pinned/);
    expect(screen.queryByText('Pin Unhunch to your toolbar')).toBeNull();
  });

  it('looks again when the page gets focus back (where the browser does not report pinning)', async () => {
    const toolbar = new FakeToolbarPin(false);
    setup(undefined, toolbar);
    await screen.findByText('Pin Unhunch to your toolbar');
    toolbar.pinned = true; // pinned in the browser's menu, no event
    window.dispatchEvent(new Event('focus'));
    await screen.findByText(/Unhunch is pinned/);
  });

  it('says nothing about pinning where the browser cannot tell', async () => {
    setup(undefined, new FakeToolbarPin(null));
    await waitFor(() => expect(screen.getByText('Show me a stretch')).toBeTruthy());
    expect(document.querySelector('.pin-hint, .pin-done')).toBeNull();
  });

  it('asks how a break should reach the person, and saves the choice at once', async () => {
    const { saved } = setup();
    expect((screen.getByLabelText(/Show a notification/) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText(/Open the stretch window/));
    expect(saved.at(-1)).toEqual({ ...defaultSettings(), whenDue: 'window' });
    fireEvent.click(screen.getByLabelText(/^Both/));
    expect(saved.at(-1)!.whenDue).toBe('both');
  });

  it('links to the privacy policy inside the extension right after its promise, opening in a new tab', () => {
    setup();
    const link = screen.getByRole('link', { name: 'Privacy policy' });
    expect(link.getAttribute('href')).toBe('privacy.html');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
    // The link line follows the promise, and keeps the policy beside the settings link.
    const line = link.closest('p')!;
    expect(line.previousElementSibling?.textContent).toMatch(/^Everything stays in your browser/);
    expect(line.textContent).toBe('Privacy policyAll settings');
  });
});
