import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { migrate, migrations, type Migration } from '../../../src/core/settings/migrations';
import { SETTINGS_VERSION } from '../../../src/core/settings/schema';
import { fromStored, toStored } from '../../../src/core/settings/stored';

const v1 = JSON.parse(readFileSync(new URL('../../fixtures/settings-v1.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('settings migrations', () => {
  it('has one migration per version step, in order, ending at the current version', () => {
    expect(migrations.map((m) => m.to)).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 2));
  });

  it('reads the v1 fixture (no version stamp) into current settings with every value kept', () => {
    const read = fromStored(v1);
    expect(read.problem).toBe('none');
    expect(read.errors).toEqual([]);
    expect(read.settings).toEqual({ ...defaultSettings(), ...v1 });
    expect(read.settings.workingHours[1]).toEqual([
      { startMin: 480, endMin: 720 },
      { startMin: 780, endMin: 1020 },
    ]);
  });

  it('round-trips the current shape', () => {
    const settings = { ...defaultSettings(), breakIntervalMin: 20, disabledStretchIds: ['cobra'] };
    const stored = toStored(settings, 1234);
    expect(stored.schemaVersion).toBe(SETTINGS_VERSION);
    expect(fromStored(stored)).toEqual({ settings, errors: [], savedAtMs: 1234, problem: 'none' });
  });

  it('runs a list of migrations in version order, only those above the data version', () => {
    const list: Migration[] = [
      { to: 3, migrate: (raw) => ({ ...raw, trail: `${String(raw.trail)}>3` }) },
      { to: 2, migrate: (raw) => ({ ...raw, trail: `${String(raw.trail)}>2` }) },
      { to: 4, migrate: (raw) => ({ ...raw, trail: `${String(raw.trail)}>4` }) },
    ];
    expect(migrate({ trail: 'v1' }, list, 4)).toEqual({ ok: true, from: 1, raw: { trail: 'v1>2>3>4', schemaVersion: 4 } });
    expect(migrate({ trail: 'v2', schemaVersion: 2 }, list, 4)).toEqual({ ok: true, from: 2, raw: { trail: 'v2>3>4', schemaVersion: 4 } });
    expect(migrate({ trail: 'v4', schemaVersion: 4 }, list, 4)).toEqual({ ok: true, from: 4, raw: { trail: 'v4', schemaVersion: 4 } });
  });

  it('refuses data from a newer version or with a nonsense version stamp', () => {
    expect(migrate({ schemaVersion: SETTINGS_VERSION + 1 })).toEqual({ ok: false, reason: 'newerVersion', version: SETTINGS_VERSION + 1 });
    for (const version of ['2', 0, 1.5, null, -3])
      expect(migrate({ schemaVersion: version })).toMatchObject({ ok: false, reason: 'badVersion' });
  });

  it('keeps the known fields of a record saved by a newer version, and says so', () => {
    const read = fromStored({
      ...toStored({ ...defaultSettings(), snoozeMin: 9 }, 5),
      schemaVersion: SETTINGS_VERSION + 1,
      futureField: 1,
    });
    expect(read.problem).toBe('newerVersion');
    expect(read.settings.snoozeMin).toBe(9);
    expect(read.errors).toEqual([]);
  });

  it('treats a record that is not an object as unreadable and nothing stored as empty', () => {
    expect(fromStored('garbage')).toMatchObject({ problem: 'unreadable', settings: defaultSettings() });
    expect(fromStored([1, 2])).toMatchObject({ problem: 'unreadable', settings: defaultSettings() });
    expect(fromStored(undefined)).toMatchObject({ problem: 'empty', settings: defaultSettings(), errors: [] });
  });
});
