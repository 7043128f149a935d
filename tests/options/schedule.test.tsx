// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsApp } from '../../src/options/options-app';
import { defaultSettings, type Settings } from '../../src/core/settings/defaults';
import { SETTINGS_KEY } from '../../src/storage/keys';
import { minutesToText, textToMinutes } from '../../src/options/time-text';
import { installEnglish } from '../support/messages';
import { fakePageDeps } from '../ui/fake-page-deps';

beforeAll(installEnglish);
afterEach(cleanup);

function setup() {
  const fakes = fakePageDeps();
  render(<OptionsApp deps={fakes.deps} initial={defaultSettings()} notices={[]} />);
  return { ...fakes, stored: () => fakes.sync.data.get(SETTINGS_KEY) as Settings | undefined };
}
const setTime = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('time text', () => {
  it('converts both ways, with 00:00 as an end meaning midnight', () => {
    expect(minutesToText(9 * 60 + 5)).toBe('09:05');
    expect(minutesToText(1440)).toBe('00:00');
    expect(textToMinutes('00:00', true)).toBe(1440);
    expect(textToMinutes('00:00', false)).toBe(0);
    expect(textToMinutes('17:30:00', false)).toBe(1050);
    expect(textToMinutes('', false)).toBeNaN();
    expect(textToMinutes('25:00', false)).toBeNaN();
  });
});

describe('working hours editor', () => {
  it('lists the week from Monday, with weekends off by default', () => {
    setup();
    expect(screen.getByLabelText('Monday, range 1, from')).toBeTruthy();
    const rows = [...document.querySelectorAll('.day-name')].map((e) => e.textContent);
    expect(rows).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(screen.getAllByText('Day off')).toHaveLength(2);
  });

  it('adds a second range after the first and saves it', async () => {
    const { stored } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add hours on Monday' }));
    await waitFor(() =>
      expect(stored()?.workingHours[1]).toEqual([
        { startMin: 540, endMin: 1020 },
        { startMin: 1080, endMin: 1200 },
      ]),
    );
  });

  it('adds office hours to a day off, and removes ranges', async () => {
    const { stored } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add hours on Saturday' }));
    await waitFor(() => expect(stored()?.workingHours[6]).toEqual([{ startMin: 540, endMin: 1020 }]));
    fireEvent.click(screen.getByRole('button', { name: 'Remove range 1 on Saturday' }));
    await waitFor(() => expect(stored()?.workingHours[6]).toEqual([]));
  });

  it('explains overlapping ranges inline and saves nothing until they are fixed', async () => {
    const { stored, sync } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add hours on Tuesday' }));
    await waitFor(() => expect(stored()?.workingHours[2]).toHaveLength(2));
    const writes = sync.writes;
    setTime('Tuesday, range 2, from', '12:00');
    expect(screen.getByText('These ranges overlap. Adjust one of them.')).toBeTruthy();
    expect(screen.getByLabelText('Tuesday, range 2, from').getAttribute('aria-invalid')).toBe('true');
    expect(sync.writes).toBe(writes);
    setTime('Tuesday, range 1, until', '12:00');
    await waitFor(() =>
      expect(stored()?.workingHours[2]).toEqual([
        { startMin: 540, endMin: 720 },
        { startMin: 720, endMin: 1200 },
      ]),
    );
    expect(screen.queryByText('These ranges overlap. Adjust one of them.')).toBeNull();
  });

  it('refuses an end before the start, and an emptied time', () => {
    const { sync } = setup();
    setTime('Wednesday, range 1, until', '08:00');
    expect(screen.getByText('The end must come after the start.')).toBeTruthy();
    setTime('Wednesday, range 1, until', '');
    expect(screen.getByText('Enter a time for both the start and the end.')).toBeTruthy();
    expect(sync.writes).toBe(0);
  });

  it('saves the working-hours switch', async () => {
    const { stored } = setup();
    fireEvent.click(screen.getByLabelText('Only remind me during working hours'));
    await waitFor(() => expect(stored()?.workingHoursEnabled).toBe(true));
  });
});
