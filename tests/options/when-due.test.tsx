// @vitest-environment happy-dom
// "When a break is due" and why breaks open the stretch window instead (issue 12), and the hint
// to pin the toolbar button.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsApp } from '../../src/options/options-app';
import { defaultSettings, type Settings } from '../../src/core/settings/defaults';
import { SETTINGS_KEY } from '../../src/storage/keys';
import { installEnglish } from '../support/messages';
import { fakePageDeps } from '../ui/fake-page-deps';

beforeAll(installEnglish);
afterEach(cleanup);

function setup(prepare?: (f: ReturnType<typeof fakePageDeps>) => Promise<void> | void, initial: Settings = defaultSettings()) {
  const fakes = fakePageDeps();
  const ready = Promise.resolve(prepare?.(fakes)).then(() => render(<OptionsApp deps={fakes.deps} initial={initial} notices={[]} />));
  const stored = () => fakes.sync.data.get(SETTINGS_KEY) as Settings | undefined;
  return { ...fakes, ready, stored };
}

describe('When a break is due', () => {
  it('offers notification, the stretch window, or both, and saves the choice', async () => {
    const { ready, stored } = setup();
    await ready;
    expect((screen.getByLabelText('Show a notification') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Open the stretch window'));
    await waitFor(() => expect(stored()?.whenDue).toBe('window'));
    fireEvent.click(screen.getByLabelText('Both'));
    await waitFor(() => expect(stored()?.whenDue).toBe('both'));
  });

  it('says why breaks open the window while notifications are turned off for Unhunch', async () => {
    const { ready } = setup((f) => {
      f.notify.permission = 'denied';
    });
    await ready;
    await screen.findByText(/Notifications are turned off for Unhunch/);
  });

  it('says so when the last notification failed, and stops saying it once one works', async () => {
    const { ready, delivery } = setup(async (f) => {
      await f.delivery.setNote('failed', 1);
    });
    await ready;
    await screen.findByText(/could not be shown as a notification/);
    await delivery.setNote(null, 2);
    await waitFor(() => expect(screen.queryByText(/could not be shown as a notification/)).toBeNull());
  });

  it('says nothing about notifications when the window is what was chosen', async () => {
    const { ready } = setup(
      (f) => {
        f.notify.permission = 'denied';
      },
      { ...defaultSettings(), whenDue: 'window' },
    );
    await ready;
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByText(/Notifications are turned off/)).toBeNull();
  });

  it('says nothing while notifications work', async () => {
    const { ready } = setup();
    await ready;
    await new Promise((r) => setTimeout(r, 20));
    expect(document.querySelector('[data-field="whenDue"] .note')).toBeNull();
  });
});

describe('pin hint in options', () => {
  it('shows how to pin only while the button is not pinned', async () => {
    const { ready, toolbar } = setup((f) => {
      f.toolbar.pinned = false;
    });
    await ready;
    await screen.findByText('Pin Unhunch to your toolbar');
    toolbar.set(true);
    await waitFor(() => expect(screen.queryByText('Pin Unhunch to your toolbar')).toBeNull());
  });
});
