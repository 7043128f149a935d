// Per-field validation in the style of Dark Reader's validateSettings: every field is checked on
// its own, a bad one falls back to its default, and the caller learns exactly what was fixed.
import { defaultSettings, type Settings } from './defaults';
import { isSettingKey, schema, settingKeys, type FieldSpec } from './schema';
import { checkWeek, type WeekProblem } from './week';

export type SettingsError =
  | { code: 'notAnObject' }
  | { code: 'unknownField'; field: string }
  | { code: 'wrongType'; field: keyof Settings; expected: FieldSpec['kind'] }
  | { code: 'outOfRange'; field: keyof Settings; min: number; max: number }
  | { code: 'notAChoice'; field: keyof Settings; values: readonly string[] }
  | { code: 'badList'; field: keyof Settings; maxItems: number }
  | { code: 'badWeek'; field: keyof Settings; problem: WeekProblem }
  | { code: 'moreProblems'; count: number };

/** A list of hundreds of unknown keys helps nobody; the rest is summed up in one entry. */
export const MAX_ERRORS = 20;
const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

function short(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}

type FieldResult<K extends keyof Settings> = { ok: true; value: Settings[K] } | { ok: false; error: SettingsError };

/** Checks one value against its field's spec; the options page uses it for inline messages. */
export function validateField<K extends keyof Settings>(field: K, value: unknown): FieldResult<K> {
  const spec: FieldSpec = schema[field];
  const ok = (v: unknown): FieldResult<K> => ({ ok: true, value: v as Settings[K] });
  switch (spec.kind) {
    case 'bool':
      return typeof value === 'boolean' ? ok(value) : { ok: false, error: { code: 'wrongType', field, expected: 'bool' } };
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) return { ok: false, error: { code: 'wrongType', field, expected: 'int' } };
      return value >= spec.min && value <= spec.max
        ? ok(value)
        : { ok: false, error: { code: 'outOfRange', field, min: spec.min, max: spec.max } };
    case 'choice':
      return typeof value === 'string' && spec.values.includes(value)
        ? ok(value)
        : { ok: false, error: { code: 'notAChoice', field, values: spec.values } };
    case 'ids': {
      const bad = { ok: false as const, error: { code: 'badList' as const, field, maxItems: spec.maxItems } };
      if (!Array.isArray(value) || value.length > spec.maxItems) return bad;
      if (!value.every((id) => typeof id === 'string' && ID.test(id)) || new Set(value).size !== value.length) return bad;
      return ok([...value]);
    }
    case 'week': {
      const result = checkWeek(value, spec.maxRangesPerDay);
      return 'week' in result ? ok(result.week) : { ok: false, error: { code: 'badWeek', field, problem: result.problem } };
    }
  }
}

/**
 * Settings from anything: known fields that pass keep their value, the rest take the default.
 * Missing fields are not errors (a newer version adds fields; older data simply lacks them).
 * Never throws, whatever the input, and never returns anything shared with the input.
 */
export function validateSettings(input: unknown): { settings: Settings; errors: SettingsError[] } {
  const settings = defaultSettings();
  const errors: SettingsError[] = [];
  let extra = 0;
  const report = (e: SettingsError) => (errors.length < MAX_ERRORS ? errors.push(e) : (extra += 1));
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { settings, errors: [{ code: 'notAnObject' }] };
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!isSettingKey(key)) report({ code: 'unknownField', field: short(key) });
  }
  for (const field of settingKeys) {
    if (!Object.prototype.hasOwnProperty.call(record, field)) continue;
    const result = validateField(field, record[field]);
    if (result.ok) (settings as Record<string, unknown>)[field] = result.value;
    else report(result.error);
  }
  if (extra > 0) errors.push({ code: 'moreProblems', count: extra });
  return { settings, errors };
}
