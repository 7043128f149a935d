import { render } from 'preact';
import { browserReady } from '../platform/browser';
import { installBrowserMessages } from '../platform/i18n';
import { applyTheme } from '../ui/apply-theme';
import { t } from '../shared/i18n';
import { OptionsApp } from './options-app';
import { browserPageDeps } from '../ui/browser-page-deps';
import './options.css';

void browserReady().then(async () => {
  installBrowserMessages();
  const deps = browserPageDeps();
  document.documentElement.lang = deps.lang;
  document.title = t('optPageTitle');
  const { settings, notices } = await deps.settings.load();
  applyTheme(settings.theme);
  render(<OptionsApp deps={deps} initial={settings} notices={notices} />, document.getElementById('app')!);
});
