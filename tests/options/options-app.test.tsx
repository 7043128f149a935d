// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { OptionsApp } from '../../src/options/options-app';
import { defaultSettings, type Settings } from '../../src/core/settings/defaults';
import { settingKeys } from '../../src/core/settings/schema';
import { stretches } from '../../src/core/stretches/library';
import { SETTINGS_KEY } from '../../src/storage/keys';
import type { SettingsNotice } from '../../src/storage/settings-store';
import { settingsUi } from '../../src/ui/field-labels';
import { getMessageEn, installEnglish } from '../support/messages';
import { fakePageDeps } from '../ui/fake-page-deps';

beforeAll(installEnglish);
afterEach(cleanup);

function setup(initial: Settings = defaultSettings(), notices: SettingsNotice[] = []) {
  const fakes = fakePageDeps();
  const view = render(<OptionsApp deps={fakes.deps} initial={initial} notices={notices} />);
  const stored = () => fakes.sync.data.get(SETTINGS_KEY) as (Settings & { schemaVersion: number }) | undefined;
  return { ...fakes, view, stored };
}

describe('options page', () => {
  it('has a control for every setting there is', () => {
    const { view } = setup();
    const fields = [...view.container.querySelectorAll('[data-field]')].map((el) => el.getAttribute('data-field'));
    expect(new Set(fields)).toEqual(new Set(settingKeys));
  });

  it("puts each setting's control in the section its row names, under its label", () => {
    const { view } = setup();
    for (const key of settingKeys) {
      const { section, label } = settingsUi[key];
      const controls = view.container.querySelectorAll(`section#${section} [data-field="${key}"]`);
      expect(controls.length, `${key} in #${section}`).toBe(1);
      const control = controls[0]!;
      const text = `${control.getAttribute('aria-label') ?? ''} ${control.textContent ?? ''}`;
      expect(text, `${key} is labelled ${label}`).toContain(getMessageEn(label));
    }
  });

  it('shows no untranslated key anywhere', () => {
    const { view } = setup();
    expect(view.container.textContent).not.toMatch(/\b(opt|stats|notice)[A-Z_]\w+/);
  });

  it('saves a valid number at once and says where it went', async () => {
    const { stored } = setup();
    const input = screen.getByLabelText('Break every');
    fireEvent.input(input, { target: { value: '45' } });
    fireEvent.change(input, { target: { value: '45' } });
    await waitFor(() => expect(stored()?.breakIntervalMin).toBe(45));
    expect(await screen.findByText(/Saved\. Your settings follow you/)).toBeTruthy();
  });

  it('explains a bad number inline, marks the field and saves nothing', async () => {
    const { stored, sync } = setup();
    const input = screen.getByLabelText('Break every');
    fireEvent.input(input, { target: { value: '0' } });
    fireEvent.change(input, { target: { value: '0' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(input.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(message?.textContent).toBe('Choose a number from 1 to 240.');
    fireEvent.input(input, { target: { value: '2.5' } });
    expect(screen.getByText('Enter a whole number.')).toBeTruthy();
    expect(stored()).toBeUndefined();
    expect(sync.writes).toBe(0);
  });

  it('saves toggles and the theme, and applies the theme to the page', async () => {
    const { stored } = setup();
    fireEvent.click(screen.getByLabelText('Count only while a browser window has focus'));
    await waitFor(() => expect(stored()?.countOnlyWhenFocused).toBe(true));
    fireEvent.click(screen.getByLabelText('Dark'));
    await waitFor(() => expect(stored()?.theme).toBe('dark'));
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    fireEvent.click(screen.getByLabelText('Like my system'));
    await waitFor(() => expect(document.documentElement.hasAttribute('data-theme')).toBe(false));
  });

  it('switches single stretches off and on, and greys out floor stretches until the floor is allowed', async () => {
    const { stored } = setup();
    const cobra = screen.getByLabelText('Cobra') as HTMLInputElement;
    expect(cobra.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText(/Desk and floor/));
    await waitFor(() => expect(stored()?.floorStretchesEnabled).toBe(true));
    expect((screen.getByLabelText('Cobra') as HTMLInputElement).disabled).toBe(false);
    fireEvent.click(screen.getByLabelText('Eagle arms'));
    await waitFor(() => expect(stored()?.disabledStretchIds).toEqual(['eagle-arms']));
    fireEvent.click(screen.getByLabelText('Eagle arms'));
    await waitFor(() => expect(stored()?.disabledStretchIds).toEqual([]));
  });

  it('warns when every stretch on offer is switched off', () => {
    const desk = stretches.filter((s) => s.deskFriendly).map((s) => s.id);
    setup({ ...defaultSettings(), disabledStretchIds: desk });
    expect(screen.getByText(/Every stretch is switched off/)).toBeTruthy();
  });

  it('names the fields a settings notice is about', () => {
    setup(defaultSettings(), [{ code: 'repaired', fields: ['breakIntervalMin', 'theme'] }, { code: 'localOnly' }]);
    expect(screen.getByText(/back to their defaults: Break every, Appearance\./)).toBeTruthy();
    expect(screen.getByText(/kept on this device only/)).toBeTruthy();
  });

  it('follows changes made elsewhere (another tab or device)', async () => {
    const { sync } = setup();
    await new Promise((r) => setTimeout(r, 0));
    await sync.set(SETTINGS_KEY, { ...defaultSettings(), snoozeMin: 17, schemaVersion: 2, savedAtMs: 1 });
    await waitFor(() => expect((screen.getByLabelText('Snooze for') as HTMLInputElement).value).toBe('17'));
  });

  it('is one heading per group, in order', () => {
    setup();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Breaks',
      'Activity & idle',
      'Working hours',
      'Stretches',
      'Your stretches',
      'Breath pace',
      'Sound & display',
      'Keyboard shortcuts',
      'Your data',
    ]);
    expect(within(screen.getByRole('navigation')).getAllByRole('link')).toHaveLength(9);
  });
});
