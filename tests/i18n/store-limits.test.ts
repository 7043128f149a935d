// What the stores take, in every language: Edge cuts names at 45 characters (AMO at 50, and 45
// for the default locale), Chrome cuts the summary at 132. Chrome lists the manifest's own name
// and description, so the listing text in store/listing/<lang>/ must say the same, and every
// language the extension speaks needs a listing (and no listing a language it does not speak).
// Lengths are Unicode code points, as the stores count them.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkStoreLimits, DESCRIPTION_MAX, NAME_MAX } from '../../scripts/lib/store-limits.mjs';

const root = new URL('../..', import.meta.url).pathname;
const localesDir = join(root, '_locales');
const listingDir = join(root, 'store', 'listing');

// The same limits `npm run release` checks (scripts/lib/store-limits.mjs), so the two cannot disagree.
const MAX_NAME = NAME_MAX;
const MAX_SUMMARY = DESCRIPTION_MAX;
const MAX_DESCRIPTION = 16_000;

const folders = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => statSync(join(dir, n)).isDirectory())
        .sort()
    : [];
const length = (text: string) => [...text].length;
const languages = folders(localesDir);

function manifestStrings(lang: string) {
  const messages = JSON.parse(readFileSync(join(localesDir, lang, 'manifest.json'), 'utf8'));
  return { name: messages.extName?.message as string, description: messages.extDescription?.message as string };
}
/** A listing file's text without the final newline; '' when the file is missing. */
function listing(lang: string, file: string): string {
  const path = join(listingDir, lang, file);
  return existsSync(path) ? readFileSync(path, 'utf8').replace(/\n$/, '') : '';
}

describe('store limits', () => {
  it('finds the locales and the default one among them', () => {
    expect(languages).toContain('en');
    expect(languages.length).toBeGreaterThanOrEqual(10);
  });

  it('passes the release check of the manifest in every locale', () => {
    expect(checkStoreLimits(root)).toEqual([]);
  });

  it('has a listing folder for every locale, and a locale for every listing folder', () => {
    expect(folders(listingDir)).toEqual(languages);
  });

  describe.each(languages)('%s', (lang) => {
    it(`names the extension in at most ${MAX_NAME} characters and describes it in at most ${MAX_SUMMARY}`, () => {
      const { name, description } = manifestStrings(lang);
      expect(name.trim(), 'extName').not.toBe('');
      expect(length(name), `extName "${name}"`).toBeLessThanOrEqual(MAX_NAME);
      expect(description.trim(), 'extDescription').not.toBe('');
      expect(length(description), `extDescription "${description}"`).toBeLessThanOrEqual(MAX_SUMMARY);
    });

    it('lists the same name and summary as the manifest, within the limits', () => {
      const { name, description } = manifestStrings(lang);
      expect(listing(lang, 'name.txt')).toBe(name);
      expect(listing(lang, 'summary.txt')).toBe(description);
      expect(length(listing(lang, 'name.txt'))).toBeLessThanOrEqual(MAX_NAME);
      expect(length(listing(lang, 'summary.txt'))).toBeLessThanOrEqual(MAX_SUMMARY);
    });

    it(`has a long description of at most ${MAX_DESCRIPTION} characters, with its features as "• " lines`, () => {
      const text = listing(lang, 'description.txt');
      expect(text.trim(), 'description.txt').not.toBe('');
      expect(length(text)).toBeLessThanOrEqual(MAX_DESCRIPTION);
      expect(text.split('\n').filter((line) => line.startsWith('• ')).length).toBeGreaterThanOrEqual(5);
    });
  });
});
