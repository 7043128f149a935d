// Locale sources are split by area (_locales/<lang>/<area>.json) so that stretch content, popup
// and options strings can be edited without touching one giant file. The build merges them into
// the single messages.json each browser reads.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {{ message: string, description?: string, placeholders?: Record<string, { content: string, example?: string }> }} Message */

/**
 * @param {string} root the _locales folder
 * @returns {Map<string, Record<string, Message>>} language → merged messages
 */
export function loadLocales(root) {
  const out = new Map();
  if (!existsSync(root)) return out;
  for (const lang of readdirSync(root).sort()) {
    /** @type {Record<string, Message>} */
    const merged = {};
    for (const file of readdirSync(join(root, lang))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const path = join(root, lang, file);
      /** @type {Record<string, Message>} */
      let part;
      try {
        part = JSON.parse(readFileSync(path, 'utf8'));
      } catch (err) {
        throw new Error(`${path}: not valid JSON (${/** @type {Error} */ (err).message})`);
      }
      for (const [key, value] of Object.entries(part)) {
        if (key in merged) throw new Error(`${path}: key "${key}" is defined twice in ${lang}`);
        if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`${path}: key "${key}" has characters browsers reject`);
        if (typeof value?.message !== 'string') throw new Error(`${path}: "${key}" has no message`);
        merged[key] = value;
      }
    }
    out.set(lang, merged);
  }
  return out;
}
