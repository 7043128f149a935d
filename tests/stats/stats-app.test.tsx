// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { StatsApp } from '../../src/stats/stats-app';
import { WeekChart } from '../../src/stats/week-chart';
import { defaultSettings } from '../../src/core/settings/defaults';
import { emptyDay } from '../../src/core/history/day';
import type { HistoryEvent } from '../../src/core/history/event';
import { installEnglish } from '../support/messages';
import { fakePageDeps } from '../ui/fake-page-deps';

beforeAll(installEnglish);
afterEach(cleanup);

const now = new Date(2026, 2, 10, 15).getTime();
const at = (daysAgo: number, hour: number) => new Date(2026, 2, 10 - daysAgo, hour).getTime();
const taken = (id: string, t: number, stretch: string): HistoryEvent => ({
  id,
  at: t,
  type: 'taken',
  kind: 'posture',
  stretchIds: [stretch],
  durationMs: 90_000,
  completed: true,
  activeMs: 1_800_000,
});

describe('stats page', () => {
  it('shows today against the goal, the week, the streak and favourites from the history', async () => {
    const { deps, history } = fakePageDeps(now);
    await deps.settings.save({ ...defaultSettings(), dailyGoalBreaks: 2 });
    for (const e of [
      taken('a', at(2, 9), 'eagle-arms'),
      taken('b', at(2, 11), 'eagle-arms'),
      taken('c', at(1, 9), 'chair-twist'),
      taken('d', at(1, 10), 'eagle-arms'),
      taken('e', at(0, 9), 'cobra'),
      { id: 'f', at: at(0, 11), type: 'skipped', kind: 'posture' } as HistoryEvent,
      { id: 'g', at: at(0, 12), type: 'natural', idleMs: 400_000 } as HistoryEvent,
    ])
      await history.append(e);
    const { container } = render(<StatsApp deps={deps} />);
    await screen.findByText('Breaks by day');
    expect(container.querySelector('#tile-today + .big')!.textContent).toBe('1 of 2 taken');
    expect(screen.getByText('1 natural · 1 skipped')).toBeTruthy();
    expect(container.querySelector('#tile-streak + .big')!.textContent).toBe('2 days in a row');
    expect(container.querySelector('#tile-week + .big')!.textContent).toBe('5 breaks taken');
    expect(screen.getByText('Daily goal met on 2 of 7 days')).toBeTruthy();
    expect([...container.querySelectorAll('.top-list .name')].map((e) => e.textContent)).toEqual(['Eagle arms', 'Chair twist', 'Cobra']);
    expect(container.querySelectorAll('[data-chart="active"] rect.bar')).toHaveLength(3);
  });

  it('counts in the singular where there is one: one break, a streak of one day', async () => {
    const { deps, history } = fakePageDeps(now);
    await deps.settings.save({ ...defaultSettings(), dailyGoalBreaks: 1 });
    await history.append(taken('a', at(0, 9), 'cobra'));
    const { container } = render(<StatsApp deps={deps} />);
    await screen.findByText('Breaks by day');
    expect(container.querySelector('#tile-streak + .big')!.textContent).toBe('1 day in a row');
    expect(container.querySelector('#tile-week + .big')!.textContent).toBe('1 break taken');
  });

  it('welcomes a fresh install instead of showing an error, and hides the active-time chart', async () => {
    const { deps } = fakePageDeps(now);
    render(<StatsApp deps={deps} />);
    expect(await screen.findByText(/No breaks recorded yet/)).toBeTruthy();
    expect(screen.getByText(/Active time shows here once/)).toBeTruthy();
    expect(screen.getByText('No stretches done yet.')).toBeTruthy();
  });

  it('does not claim "out of 0 min active" after a first break taken seconds after install', async () => {
    const { deps, history } = fakePageDeps(now);
    await history.append({ ...taken('a', at(0, 9), 'eagle-arms'), activeMs: 20_000 });
    const { container } = render(<StatsApp deps={deps} />);
    await screen.findByText('Breaks by day');
    const line = container.querySelector('#tile-time ~ .sub')!.textContent!;
    expect(line).not.toMatch(/\b0 min/);
    expect(line).toBe('over the last 7 days');
  });

  it('says so when the history cannot be read', async () => {
    const { deps } = fakePageDeps(now);
    deps.openHistory = async () => {
      throw new Error('broken');
    };
    render(<StatsApp deps={deps} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/could not be read/));
  });

  it('closes the history connection after reading it', async () => {
    const { deps, history } = fakePageDeps(now);
    let closed = 0;
    history.close = () => {
      closed += 1;
    };
    render(<StatsApp deps={deps} />);
    await screen.findByText('Breaks by day');
    expect(closed).toBe(1);
  });
});

describe('week chart', () => {
  const week = ['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10'].map((day, i) => ({
    ...emptyDay(day),
    taken: i,
    natural: i % 2,
    skipped: i === 3 ? 2 : 0,
  }));

  it('stacks one rect per non-zero series per day, heights in proportion', () => {
    const { container } = render(<WeekChart week={week} goal={4} lang="en-US" />);
    const days = [...container.querySelectorAll('g.day')];
    expect(days).toHaveLength(7);
    expect(days[0]!.querySelectorAll('rect')).toHaveLength(0);
    expect([...days[3]!.querySelectorAll('rect')].map((r) => r.getAttribute('data-series'))).toEqual(['taken', 'natural', 'skipped']);
    const h = (day: number, series: string) => Number(days[day]!.querySelector(`[data-series="${series}"]`)!.getAttribute('height'));
    // One unit is the same height everywhere (less the 1-unit gap drawn between segments).
    expect(h(6, 'taken') + 1).toBeCloseTo((h(2, 'taken') + 1) * 3, 5);
    expect(days[6]!.textContent).toContain('Today');
    expect(container.querySelector('.goal text')!.textContent).toBe('goal 4');
  });

  it('carries the numbers in a table for screen readers', () => {
    const { container } = render(<WeekChart week={week} goal={4} lang="en-US" />);
    const rows = [...container.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    expect(rows[3]).toEqual(['3', '1', '2']);
    expect(container.querySelector('tbody th')!.textContent).toBe('Wednesday, March 4');
  });
});
