import { describe, expect, it } from 'vitest';
import { defaultSettings, defaults } from '../../../src/core/settings/defaults';
import { schema, settingKeys } from '../../../src/core/settings/schema';
import { MAX_ERRORS, validateField, validateSettings } from '../../../src/core/settings/validate';

describe('settings schema', () => {
  it('covers exactly the fields of the defaults, and every default passes its own spec', () => {
    expect(settingKeys.sort()).toEqual(Object.keys(defaults).sort());
    for (const key of settingKeys) expect(validateField(key, defaults[key]), key).toMatchObject({ ok: true });
  });

  it('names every numeric field with its unit, as the team convention asks', () => {
    const units = /(Min|Sec|Ms|Pct|Days|Breaks|Every|PerBreak)$/;
    for (const key of settingKeys) if (schema[key].kind === 'int') expect(key).toMatch(units);
  });
});

describe('validateSettings', () => {
  it('keeps valid fields and fills missing ones with defaults, without reporting them', () => {
    const { settings, errors } = validateSettings({ breakIntervalMin: 50, theme: 'dark' });
    expect(errors).toEqual([]);
    expect(settings).toEqual({ ...defaultSettings(), breakIntervalMin: 50, theme: 'dark' });
  });

  it('falls back per field and reports exactly what it fixed', () => {
    const { settings, errors } = validateSettings({
      breakIntervalMin: 0,
      snoozeMin: '5',
      badgeCountdown: 1,
      theme: 'neon',
      soundVolumePct: 50.5,
      dailyGoalBreaks: 3,
      bogus: true,
    });
    expect(settings).toEqual({ ...defaultSettings(), dailyGoalBreaks: 3 });
    expect(errors).toEqual(
      expect.arrayContaining([
        { code: 'unknownField', field: 'bogus' },
        { code: 'outOfRange', field: 'breakIntervalMin', min: 1, max: 240 },
        { code: 'wrongType', field: 'snoozeMin', expected: 'int' },
        { code: 'wrongType', field: 'soundVolumePct', expected: 'int' },
        { code: 'notAChoice', field: 'theme', values: ['system', 'light', 'dark'] },
        { code: 'wrongType', field: 'badgeCountdown', expected: 'bool' },
      ]),
    );
    expect(errors).toHaveLength(6);
  });

  it('rejects non-objects as a whole', () => {
    for (const input of [null, 3, 'x', [], undefined]) {
      expect(validateSettings(input)).toEqual({ settings: defaultSettings(), errors: [{ code: 'notAnObject' }] });
    }
  });

  it('does not let __proto__ or inherited keys through', () => {
    const input = JSON.parse('{"__proto__": {"breakIntervalMin": 2}, "constructor": 1}');
    const { settings, errors } = validateSettings(input);
    expect(settings).toEqual(defaultSettings());
    expect(errors.map((e) => e.code)).toEqual(['unknownField', 'unknownField']);
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
  });

  it('caps the error list and counts the rest', () => {
    const input = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`extra${i}`, i]));
    const { errors } = validateSettings(input);
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors.at(-1)).toEqual({ code: 'moreProblems', count: 500 - MAX_ERRORS });
  });

  it('returns nothing shared with the input', () => {
    const input = { disabledStretchIds: ['cobra'], workingHours: defaultSettings().workingHours };
    const { settings } = validateSettings(input);
    input.disabledStretchIds.push('cat-cow');
    input.workingHours[1].push({ startMin: 1000, endMin: 1100 });
    expect(settings.disabledStretchIds).toEqual(['cobra']);
    expect(settings.workingHours[1]).toEqual([{ startMin: 540, endMin: 1020 }]);
  });

  it('checks stretch id lists: strings of the id shape, unique, bounded', () => {
    expect(validateField('disabledStretchIds', ['cobra', 'cat-cow'])).toMatchObject({ ok: true });
    for (const bad of [['cobra', 'cobra'], ['Cobra'], [1], 'cobra', Array.from({ length: 65 }, (_, i) => `s${i}`), ['x'.repeat(41)]]) {
      expect(validateField('disabledStretchIds', bad)).toMatchObject({ ok: false, error: { code: 'badList' } });
    }
  });
});
