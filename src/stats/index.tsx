import { render } from 'preact';
import { browserPageDeps } from '../options/page-deps';
import { installBrowserMessages } from '../platform/i18n';
import { t } from '../shared/i18n';
import { StatsApp } from './stats-app';
import './stats.css';

installBrowserMessages();
const deps = browserPageDeps();
document.documentElement.lang = deps.lang;
document.title = t('statsPageTitle');
render(<StatsApp deps={deps} />, document.getElementById('app')!);
