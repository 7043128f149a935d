// The settings table is the one place a setting is declared; these check that each row says
// everything the rest of the extension derives from it.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { defaults, type Settings } from '../../../src/core/settings/defaults';
import { policyKeys } from '../../../src/core/settings/policy';
import { popupSettings, type PopupSettings } from '../../../src/core/settings/popup-settings';
import { settingKeys } from '../../../src/core/settings/schema';
import { settingsTable } from '../../../src/core/settings/settings-table';

const POPUP_KEYS = [
  'theme',
  'breathInhaleSec',
  'breathExhaleSec',
  'floorStretchesEnabled',
  'disabledStretchIds',
  'soundBreath',
  'spokenCues',
  'soundVolumePct',
  'snoozeMin',
] as const;

describe('settings table', () => {
  it('says for every row, in so many words, whether the popup needs it and whether a policy may set it', () => {
    for (const [key, row] of Object.entries(settingsTable)) {
      expect(typeof row.popup, `${key}.popup`).toBe('boolean');
      expect(typeof row.policy, `${key}.policy`).toBe('boolean');
    }
  });

  it('gives the defaults, in the order of the rows', () => {
    expect(Object.keys(defaults)).toEqual(Object.keys(settingsTable));
    expect(settingKeys).toEqual(Object.keys(settingsTable));
    for (const key of settingKeys) expect(defaults[key], key).toEqual(settingsTable[key].default);
  });

  it('gives the popup exactly the settings it reads', () => {
    expect(Object.keys(popupSettings(structuredClone(defaults))).sort()).toEqual([...POPUP_KEYS].sort());
    expectTypeOf<PopupSettings>().toEqualTypeOf<Pick<Settings, (typeof POPUP_KEYS)[number]>>();
  });

  it('lets a policy set the rows that say so', () => {
    expect(policyKeys).toEqual(settingKeys.filter((k) => settingsTable[k].policy));
  });
});
