import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { fromStored, toStored } from '../../../src/core/settings/stored';
import { chooseStoredSettings } from '../../../src/core/settings/stored-choice';

const saved = (breakIntervalMin: number, at: number) => fromStored(toStored({ ...defaultSettings(), breakIntervalMin }, at));

describe('chooseStoredSettings', () => {
  it('takes storage.sync, and says nothing, when only sync holds settings', () => {
    expect(chooseStoredSettings(saved(40, 1), fromStored(undefined))).toEqual({
      settings: { ...defaultSettings(), breakIntervalMin: 40 },
      notices: [],
    });
  });

  it('takes the local copy when it is newer than sync, and says the settings stay on this device', () => {
    const r = chooseStoredSettings(saved(40, 1), saved(50, 2));
    expect(r.settings.breakIntervalMin).toBe(50);
    expect(r.notices).toEqual([{ code: 'localOnly' }]);
  });

  it('keeps sync when the local copy is older', () => {
    expect(chooseStoredSettings(saved(40, 3), saved(50, 2)).settings.breakIntervalMin).toBe(40);
  });

  it('falls back to the defaults when nothing is stored, and reports local-only when sync is missing or failed', () => {
    expect(chooseStoredSettings(null, null)).toEqual({ settings: defaultSettings(), notices: [] });
    expect(chooseStoredSettings('failed', saved(50, 2)).notices).toEqual([{ code: 'localOnly' }]);
    expect(chooseStoredSettings(null, saved(50, 2)).notices).toEqual([{ code: 'localOnly' }]);
  });

  it('reports fields it had to repair', () => {
    const broken = fromStored({ ...toStored(defaultSettings(), 1), breakIntervalMin: -4 });
    expect(chooseStoredSettings(broken, null).notices).toContainEqual({ code: 'repaired', fields: ['breakIntervalMin'] });
  });
});
