// Every user-visible string goes through t(). Pages install the browser's getMessage at start-up
// (platform/i18n.ts); component tests install one that reads _locales/en, so a missing key shows
// up as the bare key in a test instead of as blank UI in the browser.

export type GetMessage = (key: string, substitutions?: string[]) => string;

let getMessage: GetMessage = (key) => key;

export function installMessages(fn: GetMessage): void {
  getMessage = fn;
}

export function t(key: string, ...substitutions: (string | number)[]): string {
  const text = getMessage(key, substitutions.map(String));
  return text === '' ? key : text;
}

/** The plural categories a language can have, the suffixes of a counted message's keys. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * A message that counts something: the form `Intl.PluralRules` picks for `count`, from the keys
 * `<stem>__one`, `<stem>__few`, … `<stem>__other`, each locale holding the forms its language
 * has. The rules are those of the language the messages are in (`i18nPluralLocale`), which is
 * not the browser's when the browser's language has no translation and English stands in.
 */
export function tn(stem: string, count: number, ...substitutions: (string | number)[]): string {
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(t('i18nPluralLocale')).select(count);
  } catch {
    // An unusable tag: the general form below.
  }
  const text = getMessage(`${stem}__${category}`, substitutions.map(String));
  return text === '' ? t(`${stem}__other`, ...substitutions) : text;
}
