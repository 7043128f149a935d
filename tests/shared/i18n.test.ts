// t() and tn(): a counted message takes the plural form of the messages' own language.
import { afterEach, describe, expect, it } from 'vitest';
import { installMessages, t, tn } from '../../src/shared/i18n';
import { installEnglish } from '../support/messages';

/** A translation as the browser would serve it: the merged messages of one locale. */
function serve(messages: Record<string, string>) {
  installMessages((key, subs = []) => (messages[key] ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? ''));
}

afterEach(() => installEnglish());

describe('tn', () => {
  it('picks the English singular and plural', () => {
    installEnglish();
    expect([0, 1, 2, 11].map((n) => `${n} ${tn('statsDays', n)}`)).toEqual([
      '0 days in a row',
      '1 day in a row',
      '2 days in a row',
      '11 days in a row',
    ]);
  });

  it('picks among the three Polish forms by the Polish rules', () => {
    serve({ i18nPluralLocale: 'pl', d__one: 'dzień', d__few: 'dni (few)', d__many: 'dni (many)', d__other: 'dnia' });
    expect([1, 2, 4, 5, 12, 21, 22, 25, 1.5].map((n) => `${n} ${tn('d', n)}`)).toEqual([
      '1 dzień',
      '2 dni (few)',
      '4 dni (few)',
      '5 dni (many)',
      '12 dni (many)',
      '21 dni (many)',
      '22 dni (few)',
      '25 dni (many)',
      '1.5 dnia',
    ]);
  });

  it('follows the language of the messages, not the browser: English stands in for an untranslated language', () => {
    // Russian would call 21 "one"; the messages are English, so English rules apply.
    serve({ i18nPluralLocale: 'en', d__one: 'day', d__other: 'days' });
    expect(tn('d', 21)).toBe('days');
  });

  it('falls back to the general form where a form or the tag is missing, and passes substitutions', () => {
    serve({ i18nPluralLocale: 'not a tag!', d__one: 'one $1', d__other: 'other $1' });
    expect(tn('d', 1, 'x')).toBe('other x');
    serve({ i18nPluralLocale: 'fr', d__other: 'autres $1' });
    expect(tn('d', 1, 'y')).toBe('autres y');
    expect(t('missing')).toBe('missing');
  });
});
