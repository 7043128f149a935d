import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { parseSettingsFile, settingsFile } from '../../../src/core/settings/file';
import { SETTINGS_VERSION } from '../../../src/core/settings/schema';

const custom = { ...defaultSettings(), breakIntervalMin: 25, theme: 'light' as const, disabledStretchIds: ['cobra'] };
const wrap = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ app: 'unhunch', kind: 'settings', schemaVersion: SETTINGS_VERSION, exportedAt: 'x', settings, ...extra });

describe('settings file', () => {
  it('round-trips an export', () => {
    const text = settingsFile(custom, Date.UTC(2026, 0, 2));
    expect(JSON.parse(text).exportedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: custom, fromVersion: SETTINGS_VERSION });
  });

  it('accepts a file that lacks fields (they take their defaults)', () => {
    expect(parseSettingsFile(wrap({ snoozeMin: 7 }))).toEqual({
      ok: true,
      settings: { ...defaultSettings(), snoozeMin: 7 },
      fromVersion: SETTINGS_VERSION,
    });
  });

  it('lists every problem instead of applying part of the file', () => {
    const result = parseSettingsFile(wrap({ ...custom, snoozeMin: 0, theme: 'blue', colour: 'red' }, { note: 1 }));
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'unknownTopField', field: 'note' },
        { code: 'field', error: { code: 'unknownField', field: 'colour' } },
        { code: 'field', error: { code: 'outOfRange', field: 'snoozeMin', min: 1, max: 60 } },
        { code: 'field', error: { code: 'notAChoice', field: 'theme', values: ['system', 'light', 'dark'] } },
      ],
    });
  });

  it.each([
    ['empty text', '  ', [{ code: 'empty' }]],
    ['invalid JSON', '{"app": "unhunch",', [{ code: 'invalidJson' }]],
    ['a JSON array', '[1,2]', [{ code: 'notSettingsFile' }]],
    ['another app', JSON.stringify({ app: 'other', kind: 'settings', schemaVersion: 2, settings: {} }), [{ code: 'notSettingsFile' }]],
    ['bare settings without the wrapper', JSON.stringify(custom), [{ code: 'notSettingsFile' }]],
    ['a newer version', wrap(custom, { schemaVersion: SETTINGS_VERSION + 1 }), [{ code: 'newerVersion', version: SETTINGS_VERSION + 1 }]],
    ['no version', JSON.stringify({ app: 'unhunch', kind: 'settings', settings: {} }), [{ code: 'badVersion' }]],
    ['a huge file', wrap({ note: 'x'.repeat(300_000) }), [{ code: 'tooLarge', maxKb: 256 }]],
  ])('refuses %s with a clear problem', (_, text, problems) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ problems });
  });
});
