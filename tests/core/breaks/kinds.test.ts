// The break kinds table: which break comes when, and that every kind is named in every language.
import { describe, expect, it } from 'vitest';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLocales } from '../../../scripts/lib/locales.mjs';
import { BREAK_KINDS, formatOf, kindOfBreak, type BreakKind } from '../../../src/core/breaks/kinds';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { schema } from '../../../src/core/settings/schema';

const kinds = Object.keys(BREAK_KINDS) as BreakKind[];

describe('kindOfBreak', () => {
  it('makes every routineEvery-th break a routine and the others posture breaks', () => {
    const settings = { ...defaultSettings(), routineEvery: 3 };
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => kindOfBreak(n, settings))).toEqual([
      'posture',
      'posture',
      'routine',
      'posture',
      'posture',
      'routine',
      'posture',
    ]);
  });

  it('never gives a routine when routineEvery is 0', () => {
    const settings = { ...defaultSettings(), routineEvery: 0 };
    expect([1, 2, 3, 12].map((n) => kindOfBreak(n, settings))).toEqual(['posture', 'posture', 'posture', 'posture']);
  });
});

describe('BREAK_KINDS', () => {
  it('has exactly one kind that comes when no other does', () => {
    expect(kinds.filter((k) => BREAK_KINDS[k].every === null)).toHaveLength(1);
  });

  it('paces every other kind by a whole-number setting that 0 can switch off', () => {
    for (const kind of kinds) {
      const every = BREAK_KINDS[kind].every;
      if (every === null) continue;
      expect(schema[every]).toMatchObject({ kind: 'int', min: 0 });
    }
  });

  it('lays a posture break out as one card and a routine as several', () => {
    expect(formatOf('posture')).toBe('single');
    expect(formatOf('routine')).toBe('routine');
  });

  it('names every kind in every language', () => {
    const locales = loadLocales(resolve(dirname(fileURLToPath(import.meta.url)), '../../../_locales'));
    expect(locales.size).toBeGreaterThanOrEqual(10);
    for (const [lang, messages] of locales) {
      for (const kind of kinds) {
        for (const key of Object.values(BREAK_KINDS[kind].text)) expect(messages[key]?.message, `${lang}: ${key}`).toBeTruthy();
      }
    }
  });
});
