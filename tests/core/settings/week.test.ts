import { describe, expect, it } from 'vitest';
import { checkWeek } from '../../../src/core/settings/week';

const empty = () => [[], [], [], [], [], [], []] as unknown[][];

describe('working hours', () => {
  it('accepts several ranges per day in any order and returns them sorted', () => {
    const week = empty();
    week[1] = [
      { startMin: 780, endMin: 1020 },
      { startMin: 480, endMin: 720 },
    ];
    expect(checkWeek(week, 6)).toEqual({
      week: [
        [],
        [
          { startMin: 480, endMin: 720 },
          { startMin: 780, endMin: 1020 },
        ],
        [],
        [],
        [],
        [],
        [],
      ],
    });
  });

  it('allows ranges that touch, and a range up to midnight', () => {
    const week = empty();
    week[2] = [
      { startMin: 0, endMin: 600 },
      { startMin: 600, endMin: 1440 },
    ];
    expect(checkWeek(week, 6)).toHaveProperty('week');
  });

  it.each([
    [
      'overlap',
      [
        { startMin: 480, endMin: 720 },
        { startMin: 700, endMin: 800 },
      ],
      { code: 'overlap', day: 3, index: 1 },
    ],
    ['end before start', [{ startMin: 600, endMin: 600 }], { code: 'endBeforeStart', day: 3, index: 0 }],
    ['past midnight', [{ startMin: 600, endMin: 1441 }], { code: 'badTime', day: 3, index: 0 }],
    ['fractional', [{ startMin: 60.5, endMin: 120 }], { code: 'badTime', day: 3, index: 0 }],
    ['extra key', [{ startMin: 60, endMin: 120, note: 'x' }], { code: 'badTime', day: 3, index: 0 }],
    ['not an object', [[60, 120]], { code: 'badTime', day: 3, index: 0 }],
    [
      'too many',
      Array.from({ length: 7 }, (_, i) => ({ startMin: i * 100, endMin: i * 100 + 50 })),
      { code: 'tooManyRanges', day: 3, max: 6 },
    ],
  ])('reports %s with the day and range', (_, ranges, problem) => {
    const week = empty();
    week[3] = ranges;
    expect(checkWeek(week, 6)).toEqual({ problem });
  });

  it('rejects anything that is not seven lists', () => {
    for (const bad of [null, {}, [[], []], Array(7).fill({}), 'week']) expect(checkWeek(bad, 6)).toEqual({ problem: { code: 'notWeek' } });
  });
});
