import browser from './browser';
import { installMessages } from '../shared/i18n';

export function installBrowserMessages(): void {
  installMessages((key, subs) => browser.i18n.getMessage(key, subs));
}

/** The browser's UI language, for Intl formatting of dates, times and numbers. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
