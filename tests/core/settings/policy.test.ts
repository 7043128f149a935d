import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultSettings, type Settings } from '../../../src/core/settings/defaults';
import { managedSchema } from '../../../src/core/settings/managed-schema';
import { applyPolicy, isEmptyPolicy, NO_POLICY, parsePolicy, policyKeys } from '../../../src/core/settings/policy';
import { schema, settingKeys } from '../../../src/core/settings/schema';
import { validateSettings } from '../../../src/core/settings/validate';

describe('parsePolicy', () => {
  it('reads defaults and locked settings', () => {
    expect(parsePolicy({ defaults: { breakIntervalMin: 45, theme: 'dark' }, locked: ['breakIntervalMin', 'soundBreakStart'] })).toEqual({
      policy: { defaults: { breakIntervalMin: 45, theme: 'dark' }, locked: ['breakIntervalMin', 'soundBreakStart'] },
      problems: [],
    });
  });

  it('takes no policy (Chrome answers {}, Firefox throws and we pass undefined) as nothing', () => {
    expect(parsePolicy({})).toEqual({ policy: NO_POLICY, problems: [] });
    expect(parsePolicy(undefined)).toEqual({ policy: NO_POLICY, problems: [] });
    expect(isEmptyPolicy(parsePolicy({}).policy)).toBe(true);
  });

  it('leaves out what does not fit and keeps the rest', () => {
    const { policy, problems } = parsePolicy({
      defaults: { breakIntervalMin: 9999, snoozeMin: 10, nonsense: 1 },
      locked: ['snoozeMin', 'notASetting', 7],
    });
    expect(policy).toEqual({ defaults: { snoozeMin: 10 }, locked: ['snoozeMin'] });
    expect(problems.map((p) => p.code)).toEqual(['outOfRange', 'unknownField', 'unknownLocked', 'unknownLocked']);
  });

  it('reports a policy that is not an object', () => {
    expect(parsePolicy([1, 2])).toEqual({ policy: NO_POLICY, problems: [{ code: 'notAPolicy' }] });
    expect(parsePolicy({ defaults: 'x', locked: 'y' }).problems).toEqual([{ code: 'notAPolicy' }, { code: 'notAPolicy' }]);
  });
});

describe('applyPolicy', () => {
  const user = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

  it('changes nothing without a policy', () => {
    const u = user({ breakIntervalMin: 20 });
    expect(applyPolicy(u, NO_POLICY)).toBe(u);
  });

  it('forces locked settings to the policy value, or to the built-in default when it gives none', () => {
    const policy = parsePolicy({ defaults: { breakIntervalMin: 45 }, locked: ['breakIntervalMin', 'soundBreakStart'] }).policy;
    const out = applyPolicy(user({ breakIntervalMin: 20, soundBreakStart: true }), policy);
    expect(out.breakIntervalMin).toBe(45);
    expect(out.soundBreakStart).toBe(false);
  });

  it('replaces the built-in defaults, but keeps what the person changed', () => {
    const policy = parsePolicy({ defaults: { dailyGoalBreaks: 8, theme: 'dark' } }).policy;
    expect(applyPolicy(user(), policy)).toMatchObject({ dailyGoalBreaks: 8, theme: 'dark' });
    expect(applyPolicy(user({ dailyGoalBreaks: 6 }), policy)).toMatchObject({ dailyGoalBreaks: 6, theme: 'dark' });
  });

  it('cannot be undone by an imported or saved file (property: locked fields always win)', () => {
    const policy = parsePolicy({
      defaults: { breakIntervalMin: 50, idleDetectionSec: 120 },
      locked: ['breakIntervalMin', 'idleDetectionSec', 'theme'],
    }).policy;
    fc.assert(
      fc.property(
        fc.record({
          breakIntervalMin: fc.integer({ min: 1, max: 240 }),
          idleDetectionSec: fc.integer({ min: 15, max: 600 }),
          theme: fc.constantFrom('system', 'light', 'dark'),
        }),
        (imported) => {
          const out = applyPolicy(validateSettings({ ...defaultSettings(), ...imported }).settings, policy);
          expect([out.breakIntervalMin, out.idleDetectionSec, out.theme]).toEqual([50, 120, 'system']);
          expect(validateSettings(out).errors).toEqual([]);
        },
      ),
    );
  });
});

describe('managedSchema', () => {
  it('lets a policy set the settings whose row says so (today every setting), with the same bounds the settings have', () => {
    const s = managedSchema() as {
      properties: {
        defaults: { properties: Record<string, { type: string; minimum?: number; maximum?: number; enum?: string[] }> };
        locked: { items: { enum: string[] } };
      };
    };
    // Every row says `policy: true` for now; a row that says false leaves this list and the schema.
    expect(policyKeys).toEqual(settingKeys);
    expect(Object.keys(s.properties.defaults.properties)).toEqual(policyKeys);
    expect(s.properties.locked.items.enum).toEqual(policyKeys);
    for (const key of policyKeys) {
      const spec = schema[key];
      const field = s.properties.defaults.properties[key]!;
      if (spec.kind === 'int') expect(field).toEqual({ type: 'integer', minimum: spec.min, maximum: spec.max });
      if (spec.kind === 'bool') expect(field.type).toBe('boolean');
      if (spec.kind === 'choice') expect(field.enum).toEqual(spec.values);
    }
  });
});

describe("the organisation's stretches", () => {
  const stretch = (over: Record<string, unknown> = {}) => ({
    id: 'custom-orgneck01',
    name: 'Neck release',
    steps: ['Sit tall.', 'Tilt your ear to your shoulder.'],
    position: 'seated',
    deskFriendly: true,
    dose: { kind: 'hold', seconds: 20 },
    sides: 'both',
    sidePlan: { first: 'left', by: 'side' },
    areas: ['neck'],
    figure: { stretchId: 'chin-to-chest', mirrored: false },
    updatedAt: 0,
    ...over,
  });

  it('reads a set of stretches in the stretch file shape, beside the settings', () => {
    const { policy, problems } = parsePolicy({ locked: ['disabledStretchIds'], stretches: [stretch()] });
    expect(problems).toEqual([]);
    expect(policy.stretches).toEqual([stretch()]);
    expect(isEmptyPolicy({ defaults: {}, locked: [], stretches: policy.stretches })).toBe(false);
  });

  it('leaves out and reports each bad stretch, and keeps the rest of the policy', () => {
    const { policy, problems } = parsePolicy({
      defaults: { breakIntervalMin: 45 },
      stretches: [
        stretch({ name: '' }),
        stretch(),
        stretch(),
        stretch({ id: 'custom-orgother1', figure: { stretchId: 'nope', mirrored: false } }),
      ],
    });
    expect(policy.defaults).toEqual({ breakIntervalMin: 45 });
    expect(policy.stretches?.map((s) => s.id)).toEqual(['custom-orgneck01']);
    expect(problems).toEqual([
      { code: 'badStretch', index: 0, problems: [{ path: 'stretches[0].name', code: 'empty' }] },
      { code: 'badStretch', index: 2, problems: [{ path: 'stretches[2].id', code: 'duplicateId' }] },
      { code: 'badStretch', index: 3, problems: [{ path: 'stretches[3].figure.stretchId', code: 'noSuchFigure' }] },
    ]);
    expect(parsePolicy({ stretches: 'x' }).problems).toEqual([{ code: 'notAPolicy' }]);
  });

  it('takes a stretch without a figure or a date as one with no drawing, changed at 0 (Chrome cannot send null)', () => {
    const { figure: _f, updatedAt: _u, ...bare } = stretch();
    expect(parsePolicy({ stretches: [bare] }).policy.stretches).toEqual([{ ...stretch(), figure: null, updatedAt: 0 }]);
  });

  it('is left out of the policy when there are none, so older cached policies read the same', () => {
    expect(parsePolicy({ locked: ['theme'] }).policy).toEqual({ defaults: {}, locked: ['theme'] });
    expect(parsePolicy({ stretches: [] }).policy).toEqual(NO_POLICY);
  });

  it("ships the stretches' shape in the managed schema", () => {
    const schema = managedSchema() as { properties: Record<string, { type: string; items?: { properties: Record<string, unknown> } }> };
    expect(schema.properties.stretches?.type).toBe('array');
    const fields = [...Object.keys(stretch()), 'caution'].sort();
    expect(Object.keys(schema.properties.stretches!.items!.properties).sort()).toEqual(fields);
  });
});
