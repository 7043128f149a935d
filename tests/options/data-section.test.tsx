// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsApp } from '../../src/options/options-app';
import { defaultSettings, type Settings } from '../../src/core/settings/defaults';
import { settingsFile } from '../../src/core/settings/file';
import { SETTINGS_KEY } from '../../src/storage/keys';
import { installEnglish } from '../support/messages';
import { fakePageDeps } from '../ui/fake-page-deps';

beforeAll(installEnglish);
afterEach(cleanup);

const mine = { ...defaultSettings(), breakIntervalMin: 40, theme: 'light' as const };

async function setup() {
  const fakes = fakePageDeps();
  await fakes.deps.settings.save(mine);
  render(<OptionsApp deps={fakes.deps} initial={mine} notices={[]} />);
  return { ...fakes, stored: () => fakes.sync.data.get(SETTINGS_KEY) as Settings | undefined };
}

function chooseFile(text: string, name = 'settings.json') {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('data section', () => {
  it('exports the settings as a file the import accepts', async () => {
    const { downloads } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('unhunch-settings-2026-03-10.json');
    expect(JSON.parse(downloads[0]!.text).settings).toEqual(mine);
  });

  it('refuses a bad file, lists every problem and changes nothing', async () => {
    const { stored, sync } = await setup();
    const writes = sync.writes;
    const bad = JSON.parse(settingsFile(defaultSettings(), 0));
    bad.settings.snoozeMin = 500;
    bad.settings.theme = 'purple';
    chooseFile(JSON.stringify(bad));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was changed');
    expect(alert.textContent).toContain('Snooze for: Choose a number from 1 to 60.');
    expect(alert.textContent).toContain('Appearance: Choose one of the options offered.');
    expect(sync.writes).toBe(writes);
    expect(stored()).toMatchObject(mine);
    expect((screen.getByLabelText('Break every') as HTMLInputElement).value).toBe('40');
  });

  it('says plainly when the file is not JSON at all', async () => {
    await setup();
    chooseFile('this is a shopping list');
    expect((await screen.findByRole('alert')).textContent).toMatch(/not valid JSON/);
  });

  it('applies a good file completely and shows the new values', async () => {
    const { stored } = await setup();
    chooseFile(settingsFile({ ...defaultSettings(), breakIntervalMin: 25, snoozeMin: 9 }, 0));
    await waitFor(() => expect(screen.getByText('Settings imported.')).toBeTruthy());
    expect(stored()).toMatchObject({ breakIntervalMin: 25, snoozeMin: 9, theme: 'system' });
    expect((screen.getByLabelText('Break every') as HTMLInputElement).value).toBe('25');
  });

  it('exports the history as CSV and JSON', async () => {
    const { history, downloads } = await setup();
    await history.append({
      id: 'a',
      at: new Date(2026, 2, 9, 10).getTime(),
      type: 'taken',
      kind: 'posture',
      stretchIds: ['cobra'],
      durationMs: 60_000,
      completed: true,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export history (CSV)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export history (JSON)' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[0]!.text.split('\r\n')[1]).toMatch(/^a,.*,taken,posture,cobra,60,true,/);
    expect(JSON.parse(downloads[1]!.text).days[0].taken).toBe(1);
  });

  it('deletes history and settings only after confirmation', async () => {
    const { history, stored, deps } = await setup();
    await history.append({ id: 'a', at: 1, type: 'resumed' });
    await deps.notices.add('historyCompacted', '3:90');
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(history.events.size).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete all data…'));
    expect(history.events.size).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('cannot be undone');
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await screen.findByText(/All data deleted/);
    expect(history.events.size).toBe(0);
    expect(stored()).toBeUndefined();
    expect(await deps.notices.list()).toEqual([]);
    expect((screen.getByLabelText('Break every') as HTMLInputElement).value).toBe('30');
  });

  it('links to the privacy policy inside the extension, opening in a new tab', async () => {
    await setup();
    const link = screen.getByRole('link', { name: 'Privacy policy' });
    expect(link.getAttribute('href')).toBe('privacy.html');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
    // Beside the place where a person decides what happens to their data.
    expect(link.closest('section')?.id).toBe('data');
  });
});
