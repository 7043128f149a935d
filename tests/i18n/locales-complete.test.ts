// Every translation carries every English key, with the same placeholders, so no language ever
// shows a bare key or drops a number from a sentence.
import { describe, expect, it } from 'vitest';
import { loadLocales } from '../../scripts/lib/locales.mjs';

const locales = loadLocales(new URL('../../_locales', import.meta.url).pathname);
const en = locales.get('en')!;
const placeholders = (text: string) => [...text.matchAll(/\$(\w+)\$|\$(\d)/g)].map((m) => (m[1] ?? m[2])!.toLowerCase()).sort();

describe('locales', () => {
  it('include English', () => {
    expect(Object.keys(en).length).toBeGreaterThan(0);
  });

  for (const [lang, messages] of locales) {
    if (lang === 'en') continue;
    it(`${lang} has every English key, no extra key, and the same placeholders`, () => {
      expect(Object.keys(messages).filter((k) => !(k in en))).toEqual([]);
      expect(Object.keys(en).filter((k) => !(k in messages))).toEqual([]);
      for (const [key, entry] of Object.entries(en)) {
        const theirs = messages[key]!;
        expect(placeholders(theirs.message), `${lang}.${key}`).toEqual(placeholders(entry.message));
        expect(Object.keys(theirs.placeholders ?? {}).sort(), `${lang}.${key} placeholders`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
        expect(theirs.message.trim(), `${lang}.${key}`).not.toBe('');
      }
    });
  }
});
