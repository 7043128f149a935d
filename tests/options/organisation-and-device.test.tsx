// @vitest-environment happy-dom
// Options with an organisation's policy (storage.managed on the fake) and this device's name.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsApp } from '../../src/options/options-app';
import { settingsFile } from '../../src/core/settings/file';
import { defaultSettings } from '../../src/core/settings/defaults';
import { settingKeys } from '../../src/core/settings/schema';
import { SETTINGS_KEY } from '../../src/storage/keys';
import { installEnglish } from '../support/messages';
import { fakePageDeps } from '../ui/fake-page-deps';

beforeAll(installEnglish);
afterEach(cleanup);

async function open(policy?: Record<string, unknown>) {
  const fakes = fakePageDeps();
  if (policy) {
    fakes.managed.set(policy);
    // What the background did at browser start.
    await fakes.deps.policy.refresh();
  }
  const { settings, notices } = await fakes.deps.settings.load();
  const view = render(<OptionsApp deps={fakes.deps} initial={settings} notices={notices} />);
  return { ...fakes, view };
}

const POLICY = {
  defaults: { breakIntervalMin: 45, dailyGoalBreaks: 6 },
  locked: ['breakIntervalMin', 'soundBreakStart', 'theme', 'workingHours'],
};

describe('settings set by an organisation', () => {
  it('shows locked settings disabled with the policy value, and says who set them', async () => {
    await open(POLICY);
    const interval = screen.getByLabelText('Break every') as HTMLInputElement;
    expect(interval.value).toBe('45');
    expect(interval.disabled).toBe(true);
    expect(interval.closest('.field')!.textContent).toContain('Set by your organisation');
    expect((screen.getByLabelText('Daily goal') as HTMLInputElement).disabled).toBe(false);
    expect((screen.getByLabelText('Daily goal') as HTMLInputElement).value).toBe('6');
    expect((document.querySelector('[data-field="soundBreakStart"] input') as HTMLInputElement).disabled).toBe(true);
    expect((document.querySelector('[data-field="theme"]') as HTMLFieldSetElement).disabled).toBe(true);
    expect((document.querySelector('[data-field="workingHours"]')!.closest('fieldset') as HTMLFieldSetElement).disabled).toBe(true);
    expect(screen.getAllByText('Set by your organisation')).toHaveLength(4);
    expect(screen.getByText(/Your organisation manages some of these settings/)).toBeTruthy();
  });

  it('disables every control of every setting when the policy locks them all', async () => {
    const { view } = await open({ locked: settingKeys });
    const fields = [...view.container.querySelectorAll('[data-field]')];
    expect(fields.length).toBeGreaterThanOrEqual(settingKeys.length);
    for (const el of fields) {
      const enabled = [...el.querySelectorAll('input, select, textarea, button')].filter(
        (c) => !(c as HTMLInputElement).disabled && !c.closest('fieldset:disabled'),
      );
      expect(enabled.map((c) => `${el.getAttribute('data-field')}: ${c.outerHTML.slice(0, 60)}`)).toEqual([]);
      expect(el.closest('.field, .locked-group')!.textContent).toContain('Set by your organisation');
    }
  });

  it('lets an import change the rest but not the locked settings', async () => {
    const { sync } = await open(POLICY);
    const input = document.querySelector('[data-testid="import-file"]') as HTMLInputElement;
    const file = new File([settingsFile({ ...defaultSettings(), breakIntervalMin: 20, snoozeMin: 9 }, 0)], 'mine.json', {
      type: 'application/json',
    });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await screen.findByText(/Settings imported\. Settings set by your organisation stayed as they were\./);
    expect((sync.data.get(SETTINGS_KEY) as { snoozeMin: number }).snoozeMin).toBe(9);
    expect((screen.getByLabelText('Break every') as HTMLInputElement).value).toBe('45');
  });

  it('lists what it had to leave out of a policy, and applies the rest', async () => {
    await open({
      defaults: { breakIntervalMin: 45, dailyGoalBreaks: 'six', nonsense: 1 },
      locked: ['breakIntervalMin', 'nope'],
      stretches: [{ id: 'custom-team000001', name: '' }],
    });
    const report = await waitFor(() => {
      const el = document.querySelector('[data-report="policy"]');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(report.getAttribute('role')).toBe('status');
    expect(report.textContent).toContain("Your organisation's policy has parts Unhunch cannot use.");
    const lines = [...report.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toContain('dailyGoalBreaks (Daily goal): Enter a whole number.');
    expect(lines).toContain('Unknown setting "nonsense".');
    expect(lines).toContain('"locked" names "nope", which is not a setting a policy can lock.');
    expect(lines.filter((l) => l!.startsWith('Stretch 1')).length).toBeGreaterThan(0);
    // The rest of the policy holds.
    const interval = screen.getByLabelText('Break every') as HTMLInputElement;
    expect([interval.value, interval.disabled]).toEqual(['45', true]);
  });

  it('shows nothing of this without a policy, in Chrome or Firefox', async () => {
    await open();
    expect(document.querySelector('[data-report="policy"]')).toBeNull();
    expect(screen.queryByText('Set by your organisation')).toBeNull();
    expect((screen.getByLabelText('Break every') as HTMLInputElement).disabled).toBe(false);
  });

  it('locks a setting when the policy arrives while the page is open', async () => {
    const { managed, deps } = await open();
    expect((screen.getByLabelText('Snooze for') as HTMLInputElement).disabled).toBe(false);
    managed.set({ locked: ['snoozeMin'] });
    // What the background does on storage.managed's change event.
    await deps.policy.refresh();
    await screen.findByText('Set by your organisation');
    expect((screen.getByLabelText('Snooze for') as HTMLInputElement).disabled).toBe(true);
  });
});

describe('this device', () => {
  it('names this device for the others, tidied', async () => {
    const { deps } = await open();
    const field = (await screen.findByLabelText('Device name')) as HTMLInputElement;
    fireEvent.input(field, { target: { value: '  Work   laptop ' } });
    fireEvent.change(field, { target: { value: '  Work   laptop ' } });
    await waitFor(async () => expect((await deps.devices.identity()).name).toBe('Work laptop'));
    await waitFor(() => expect(field.value).toBe('Work laptop'));
  });

  it('"Delete all data" removes this device\'s summary from sync', async () => {
    const { deps, deviceSync } = await open();
    await deps.devices.publish([{ day: '2026-03-10', taken: 1, skipped: 0, natural: 0, activeMin: 0, breakSec: 60, stretches: {} }]);
    expect(deviceSync.data.has('device.thisdevice')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await screen.findByText(/All data deleted/);
    expect(deviceSync.data.has('device.thisdevice')).toBe(false);
  });
});
