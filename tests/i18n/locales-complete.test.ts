// Every translation carries every English key, with the same placeholders, so no language ever
// shows a bare key or drops a number from a sentence. A counted message (`<stem>__<category>`,
// see tn in src/shared/i18n.ts) has, in each language, exactly the plural forms that language
// has, and the locale's own tag says which language that is.
import { describe, expect, it } from 'vitest';
import { loadLocales } from '../../scripts/lib/locales.mjs';
import { PLURAL_CATEGORIES } from '../../src/shared/i18n';

const locales = loadLocales(new URL('../../_locales', import.meta.url).pathname);
const en = locales.get('en')!;
const placeholders = (text: string) => [...text.matchAll(/\$(\w+)\$|\$(\d)/g)].map((m) => (m[1] ?? m[2])!.toLowerCase()).sort();
const PLURAL = new RegExp(`^(.+)__(${PLURAL_CATEGORIES.join('|')})$`);
/** Keys with the plural forms folded into their stem. */
const stems = (keys: string[]) => [...new Set(keys.map((k) => PLURAL.exec(k)?.[1] ?? k))];
const pluralStems = (keys: string[]) => stems(keys.filter((k) => PLURAL.test(k)));

describe('locales', () => {
  it('include English', () => {
    expect(Object.keys(en).length).toBeGreaterThan(0);
  });

  for (const [lang, messages] of locales) {
    if (lang === 'en') continue;
    it(`${lang} has every English key, no extra key, and the same placeholders`, () => {
      const ours = stems(Object.keys(en));
      const theirKeys = stems(Object.keys(messages));
      expect(theirKeys.filter((k) => !ours.includes(k))).toEqual([]);
      expect(ours.filter((k) => !theirKeys.includes(k))).toEqual([]);
      for (const [key, entry] of Object.entries(en)) {
        const theirs = messages[key] ?? messages[key.replace(PLURAL, '$1__other')]!;
        expect(placeholders(theirs.message), `${lang}.${key}`).toEqual(placeholders(entry.message));
        expect(Object.keys(theirs.placeholders ?? {}).sort(), `${lang}.${key} placeholders`).toEqual(
          Object.keys(entry.placeholders ?? {}).sort(),
        );
        expect(theirs.message.trim(), `${lang}.${key}`).not.toBe('');
      }
    });
  }

  describe.each([...locales.keys()])('%s counted messages', (lang) => {
    const messages = locales.get(lang)!;
    const tag = messages.i18nPluralLocale?.message ?? '';

    it('name their language with a tag Intl knows, the one of the folder', () => {
      expect(Intl.PluralRules.supportedLocalesOf([tag])).toEqual([tag]);
      expect(tag.replace('-', '_').toLowerCase()).toBe(lang.toLowerCase());
    });

    it.each(pluralStems(Object.keys(en)))('%s has exactly the plural forms of the language', (stem) => {
      const forms = Object.keys(messages)
        .filter((k) => k.startsWith(`${stem}__`))
        .map((k) => k.slice(stem.length + 2))
        .sort();
      expect(forms).toEqual([...new Intl.PluralRules(tag).resolvedOptions().pluralCategories].sort());
    });
  });
});
