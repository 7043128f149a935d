import { render } from 'preact';
import { browserPageDeps } from '../ui/browser-page-deps';
import { browserReady } from '../platform/browser';
import { installBrowserMessages } from '../platform/i18n';
import { t } from '../shared/i18n';
import { StatsApp } from './stats-app';
import './stats.css';

void browserReady().then(() => {
  installBrowserMessages();
  const deps = browserPageDeps();
  document.documentElement.lang = deps.lang;
  document.title = t('statsPageTitle');
  render(<StatsApp deps={deps} />, document.getElementById('app')!);
});
