// Test translator: the merged English locale with Chrome's substitution rules ($1…$9 and named
// placeholders), so component tests see the same text users do.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLocales } from '../../scripts/lib/locales.mjs';
import { installMessages } from '../../src/shared/i18n';

// Path arithmetic on the file path: under happy-dom, the global URL is the DOM's, which does not
// resolve relative to file: URLs.
export const en = loadLocales(resolve(dirname(fileURLToPath(import.meta.url)), '../../_locales')).get('en') ?? {};

export function getMessageEn(key: string, subs: string[] = []): string {
  const entry = en[key];
  if (!entry) return '';
  let text = entry.message;
  for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
    const value = ph.content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), value);
  }
  return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
}

export function installEnglish(): void {
  installMessages(getMessageEn);
}
