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
