// @vitest-environment happy-dom
// The stats page with the person's other devices: all together by default, one at a time on
// request, forgetting one, and saying so when sync is off.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { StatsApp } from '../../src/stats/stats-app';
import { defaultSettings } from '../../src/core/settings/defaults';
import { encodeSummary } from '../../src/core/devices/encoding';
import type { HistoryEvent } from '../../src/core/history/event';
import { installEnglish } from '../support/messages';
import { fakePageDeps } from '../ui/fake-page-deps';

beforeAll(installEnglish);
afterEach(cleanup);

const now = new Date(2026, 2, 10, 15).getTime();
const at = (daysAgo: number, hour: number) => new Date(2026, 2, 10 - daysAgo, hour).getTime();
const taken = (id: string, t: number): HistoryEvent => ({
  id,
  at: t,
  type: 'taken',
  kind: 'posture',
  stretchIds: ['eagle-arms'],
  durationMs: 60_000,
  completed: true,
});
const desk = (days: { day: string; taken: number }[]) =>
  encodeSummary({
    name: 'Office desktop',
    updatedAt: now - 3_600_000,
    days: days.map((d) => ({ ...d, skipped: 0, natural: 0, activeMin: 0, breakSec: 60, stretches: { 'chair-twist': d.taken } })),
  });

async function twoDevices() {
  const f = fakePageDeps(now);
  await f.deps.settings.save({ ...defaultSettings(), dailyGoalBreaks: 2 });
  await f.deps.devices.rename('Laptop');
  await f.history.append(taken('a', at(1, 9)));
  await f.history.append(taken('b', at(0, 9)));
  await f.deviceSync.set({
    'device.desk0001': desk([
      { day: '2026-03-09', taken: 1 },
      { day: '2026-03-10', taken: 2 },
    ]),
  });
  const view = render(<StatsApp deps={f.deps} />);
  await screen.findByText('Breaks by day');
  return { ...f, ...view };
}

const todayCount = (c: Element) => c.querySelector('#tile-today + .big')!.textContent;

describe('stats across devices', () => {
  it('counts every device together by default: today, the goal and the streak', async () => {
    const { container } = await twoDevices();
    const select = screen.getByLabelText('Show') as HTMLSelectElement;
    expect(select.value).toBe('all');
    expect([...select.options].map((o) => o.textContent)).toEqual(['All devices (2)', 'This device: Laptop', 'Office desktop']);
    expect(todayCount(container)).toBe('3 of 2 taken');
    // Yesterday: one here and one on the desk meet the goal of two together.
    expect(container.querySelector('#tile-streak + .big strong')!.textContent).toBe('2');
    expect([...container.querySelectorAll('.top-list .name')].map((e) => e.textContent)).toEqual(['Chair twist', 'Eagle arms']);
  });

  it('shows one device alone when picked', async () => {
    const { container } = await twoDevices();
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'desk0001' } });
    await waitFor(() => expect(todayCount(container)).toBe('2 of 2 taken'));
    expect(screen.getByText(/^Last shared /)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'thisdevice' } });
    await waitFor(() => expect(todayCount(container)).toBe('1 of 2 taken'));
    expect(screen.queryByRole('button', { name: 'Forget this device' })).toBeNull();
  });

  it("exports this device's history whatever the view, and says so on the buttons and under another view", async () => {
    const f = await twoDevices();
    const note = "The files hold this device's breaks only. Other devices share their daily totals, not their breaks.";
    expect(screen.getByText(note)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: "Export this device's history (CSV)" }));
    await waitFor(() => expect(f.downloads).toHaveLength(1));
    // Both of this device's breaks, none of the desk's: the file is what the button says.
    expect(f.downloads[0]!.text.trim().split('\r\n')).toHaveLength(3);
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'thisdevice' } });
    await waitFor(() => expect(screen.queryByText(note)).toBeNull());
    expect(screen.getByRole('button', { name: "Export this device's history (JSON)" })).toBeTruthy();
  });

  it('forgets another device after asking, and its breaks leave the stats', async () => {
    const { container, deviceSync } = await twoDevices();
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'desk0001' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Forget this device' }));
    expect(screen.getByRole('alertdialog').textContent).toMatch(/Forget Office desktop\?/);
    fireEvent.click(screen.getAllByRole('button', { name: 'Forget this device' })[0]!);
    await waitFor(() => expect(deviceSync.data.has('device.desk0001')).toBe(false));
    await waitFor(() => expect(todayCount(container)).toBe('1 of 2 taken'));
    expect(screen.queryByLabelText('Show')).toBeNull();
  });

  it('says the stats are from this device only when sync is off', async () => {
    const f = fakePageDeps(now);
    f.deviceSync.failWith = new Error('sync is disabled');
    await f.history.append(taken('a', at(0, 9)));
    render(<StatsApp deps={f.deps} />);
    expect(await screen.findByText('Sync is off or not available in this browser, so these stats are from this device only.')).toBeTruthy();
    expect(screen.queryByLabelText('Show')).toBeNull();
  });

  it('shows nothing about devices while this is the only one', async () => {
    const f = fakePageDeps(now);
    render(<StatsApp deps={f.deps} />);
    await screen.findByText('Breaks by day');
    expect(screen.queryByTestId('devices')).toBeNull();
    expect(screen.queryByTestId('devices-local-only')).toBeNull();
  });
});
