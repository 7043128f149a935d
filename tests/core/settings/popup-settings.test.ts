import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { parsePopupSettings, popupSettings } from '../../../src/core/settings/popup-settings';

describe('parsePopupSettings', () => {
  it('reads back what popupSettings gives, as a copy', () => {
    const stored = popupSettings({ ...defaultSettings(), theme: 'dark', disabledStretchIds: ['a'] });
    const read = parsePopupSettings(stored);
    expect(read).toEqual(stored);
    read!.disabledStretchIds.push('b');
    expect(stored.disabledStretchIds).toEqual(['a']);
  });

  it('leaves out fields the popup does not use', () => {
    expect(parsePopupSettings({ ...defaultSettings() })).toEqual(popupSettings(defaultSettings()));
  });

  it.each([
    ['nothing', undefined],
    ['not an object', 'dark'],
    ['a missing field', { ...popupSettings(defaultSettings()), snoozeMin: undefined }],
    ['an unknown theme', { ...popupSettings(defaultSettings()), theme: 'blue' }],
    ['a number that is not finite', { ...popupSettings(defaultSettings()), breathInhaleSec: Number.NaN }],
    ['an id that is not a string', { ...popupSettings(defaultSettings()), disabledStretchIds: [1] }],
    ['spoken cues that are not on or off', { ...popupSettings(defaultSettings()), spokenCues: 'yes' }],
  ])('is null for %s', (_, value) => {
    expect(parsePopupSettings(value)).toBeNull();
  });
});
