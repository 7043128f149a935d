// The options page's half of the settings table: every setting has a label in every language.
// (That each one has a control, in its section and under its label, is checked by the options
// page's test.)
import { describe, expect, it } from 'vitest';
import { loadLocales } from '../../scripts/lib/locales.mjs';
import { settingKeys } from '../../src/core/settings/schema';
import { fieldLabel, settingsUi } from '../../src/ui/field-labels';

const locales = loadLocales(new URL('../../_locales', import.meta.url).pathname);

describe('field labels', () => {
  it('name exactly the settings of the table', () => {
    expect(Object.keys(settingsUi)).toEqual(settingKeys);
    expect(Object.keys(fieldLabel)).toEqual(settingKeys);
  });

  it.each([...locales.keys()])('are all written in %s', (lang) => {
    const messages = locales.get(lang)!;
    const missing = settingKeys.filter((key) => !messages[settingsUi[key].label]?.message.trim());
    expect(missing).toEqual([]);
  });
});
