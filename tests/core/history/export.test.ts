import { describe, expect, it } from 'vitest';
import { csvCell, historyCsv, historyJson } from '../../../src/core/history/export';
import type { HistoryEvent } from '../../../src/core/history/event';

const at = Date.UTC(2026, 2, 2, 9, 30);

describe('history CSV', () => {
  it('writes a header and one row per event with readable units', () => {
    const events: HistoryEvent[] = [
      {
        id: 't1',
        at,
        type: 'taken',
        kind: 'routine',
        stretchIds: ['cobra', 'cat-cow'],
        durationMs: 61_400,
        completed: false,
        activeMs: 1_800_000,
      },
      { id: 'n1', at, type: 'natural', idleMs: 300_000 },
      { id: 's1', at, type: 'snoozed', kind: 'posture', untilMs: at + 300_000 },
    ];
    const lines = historyCsv(events).split('\r\n');
    expect(lines[0]).toBe('id,time,day,type,kind,stretches,duration_s,completed,idle_s,until,active_s,stretch_names');
    expect(lines[1]).toMatch(/^t1,2026-03-02T09:30:00\.000Z,\d{4}-\d\d-\d\d,taken,routine,cobra cat-cow,61,false,,,1800,$/);
    expect(lines[2]).toMatch(/^n1,.*,natural,,,,,300,,,$/);
    expect(lines[3]).toMatch(/^s1,.*,snoozed,posture,,,,,2026-03-02T09:35:00\.000Z,,$/);
    expect(lines[4]).toBe('');
  });

  it("names a person's own stretches, so the file still reads after they are deleted; old events have no names", () => {
    const taken = (stretchNames?: Record<string, string>) => ({
      id: 't',
      at,
      type: 'taken' as const,
      kind: 'posture' as const,
      stretchIds: ['cobra', 'custom-abcdef1234'],
      ...(stretchNames ? { stretchNames } : {}),
      durationMs: 30_000,
      completed: true,
    });
    const [, named, old] = historyCsv([taken({ 'custom-abcdef1234': 'Neck, gently' }), taken()]).split('\r\n');
    expect(named).toMatch(/,cobra custom-abcdef1234,30,true,,,,"custom-abcdef1234=Neck, gently"$/);
    expect(old).toMatch(/,cobra custom-abcdef1234,30,true,,,,$/);
  });

  it('quotes separators and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('history JSON', () => {
  it('carries the events, the summaries and a marker saying what the file is', () => {
    const parsed = JSON.parse(historyJson([{ id: 'r', at, type: 'resumed' }], [], at));
    expect(parsed).toEqual({
      app: 'unhunch',
      kind: 'history',
      exportedAt: '2026-03-02T09:30:00.000Z',
      events: [{ id: 'r', at, type: 'resumed' }],
      days: [],
    });
  });
});
