// What the stores accept for the name and description in the manifest, in every language. The
// limits are the strictest of the three stores: Edge Add-ons takes names of 45 characters (AMO 50
// per locale but 45 for the default one, Chrome 75), and the Chrome Web Store descriptions of 132.
// `npm run release` and tests/i18n/store-limits.test.ts both run this, so they cannot disagree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLocales } from './locales.mjs';

export const NAME_MAX = 45;
export const DESCRIPTION_MAX = 132;

/**
 * @param {string} root the repository (or export) holding manifest.json and _locales/
 * @returns {string[]} one sentence per problem; empty when every locale fits
 */
export function checkStoreLimits(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const fields = /** @type {const} */ ([
    ['name', NAME_MAX],
    ['description', DESCRIPTION_MAX],
  ]);
  const problems = [];
  for (const [lang, messages] of loadLocales(join(root, '_locales'))) {
    for (const [field, max] of fields) {
      // The manifest names its strings as __MSG_key__; a literal string is the same in every locale.
      const key = /^__MSG_(\w+)__$/.exec(manifest[field] ?? '')?.[1];
      const text = key ? messages[key]?.message : manifest[field];
      if (text === undefined) {
        problems.push(`${lang}: the manifest's ${field} (${key ?? field}) is missing`);
        continue;
      }
      // Counted in characters as a person reads them (code points), not UTF-16 units.
      const length = [...text].length;
      if (length > max)
        problems.push(`${lang}: the manifest's ${field} (${key ?? field}) has ${length} characters, over the stores' ${max}: "${text}"`);
    }
  }
  return problems;
}
