// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ShortcutsSection } from '../../src/options/section-shortcuts';
import { FakeShortcuts } from '../../src/platform/fakes/shortcuts';
import { installEnglish } from '../support/messages';

beforeAll(installEnglish);
afterEach(cleanup);

const commands = () => [
  { name: '_execute_action', description: '', shortcut: 'Alt+Shift+U' },
  { name: 'break-now', description: 'Take a stretch break now', shortcut: 'Alt+Shift+B' },
  { name: 'toggle-pause', description: 'Pause or resume reminders', shortcut: '' },
];

describe('ShortcutsSection', () => {
  it('lists every shortcut, names the popup one and marks unset ones', async () => {
    render(<ShortcutsSection shortcuts={new FakeShortcuts(false, commands())} />);
    expect(await screen.findByText('Open Unhunch')).toBeTruthy();
    expect(screen.getByText('Alt+Shift+B')).toBeTruthy();
    expect(screen.getByText('Not set')).toBeTruthy();
  });

  it('where the browser owns shortcuts (Chrome), offers its settings page instead of editing', async () => {
    const fake = new FakeShortcuts(false, commands());
    render(<ShortcutsSection shortcuts={fake} />);
    await screen.findByText('Open Unhunch');
    expect(screen.queryByRole('button', { name: /Change the shortcut/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Change shortcuts in the browser' }));
    expect(fake.openedBrowserSettings).toBe(1);
  });

  it('records a new shortcut where the extension may change it (Firefox)', async () => {
    const fake = new FakeShortcuts(true, commands());
    render(<ShortcutsSection shortcuts={fake} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change the shortcut for: Pause or resume reminders' }));
    const input = screen.getByLabelText(/New shortcut for: Pause or resume reminders/);
    fireEvent.keyDown(input, { key: 'Shift', code: 'ShiftLeft', shiftKey: true });
    fireEvent.keyDown(input, { key: 'P', code: 'KeyP', altKey: true, shiftKey: true });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved: Alt+Shift+P'));
    expect(fake.current.find((c) => c.name === 'toggle-pause')!.shortcut).toBe('Alt+Shift+P');
    expect(screen.getByText('Alt+Shift+P')).toBeTruthy();
  });

  it('puts the focus in the field on every "Change", not only the first (Firefox honours autofocus once)', async () => {
    render(<ShortcutsSection shortcuts={new FakeShortcuts(true, commands())} />);
    for (const name of ['Take a stretch break now', 'Pause or resume reminders', 'Take a stretch break now']) {
      const change = await screen.findByRole('button', { name: `Change the shortcut for: ${name}` });
      change.focus();
      fireEvent.click(change);
      const input = screen.getByLabelText(`New shortcut for: ${name}`, { exact: false });
      await waitFor(() => expect(document.activeElement).toBe(input));
      fireEvent.keyDown(input, { key: 'Escape', code: 'Escape' });
    }
  });

  it('refuses a bare letter and explains why, changing nothing', async () => {
    const fake = new FakeShortcuts(true, commands());
    render(<ShortcutsSection shortcuts={fake} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change the shortcut for: Take a stretch break now' }));
    fireEvent.keyDown(screen.getByLabelText(/New shortcut for/), { key: 'b', code: 'KeyB' });
    expect(screen.getByRole('status').textContent).toMatch(/Add Ctrl, Alt or Command/);
    expect(fake.current.find((c) => c.name === 'break-now')!.shortcut).toBe('Alt+Shift+B');
  });

  it('shows the browser refusing a clash, and Reset brings the default back', async () => {
    const fake = new FakeShortcuts(true, commands());
    render(<ShortcutsSection shortcuts={fake} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change the shortcut for: Take a stretch break now' }));
    fireEvent.keyDown(screen.getByLabelText(/New shortcut for/), { key: 'U', code: 'KeyU', altKey: true, shiftKey: true });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/did not accept Alt\+Shift\+U/));
    fireEvent.keyDown(screen.getByLabelText(/New shortcut for/), { key: 'K', code: 'KeyK', altKey: true, shiftKey: true });
    await waitFor(() => expect(fake.current.find((c) => c.name === 'break-now')!.shortcut).toBe('Alt+Shift+K'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset the shortcut for: Take a stretch break now' }));
    await waitFor(() => expect(screen.getByText('Alt+Shift+B')).toBeTruthy());
  });
});
