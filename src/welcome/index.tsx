import { render } from 'preact';
import { browserReady } from '../platform/browser';
import { installBrowserMessages, uiLanguage } from '../platform/i18n';
import { browserSettingsStore } from '../storage/settings-store-browser';
import { browserAction } from '../platform/action';
import { browserPageOpener } from '../platform/page-opener';
import { browserWindows } from '../platform/windows';
import { showPopup } from '../ui/show-popup';
import { applyTheme } from '../ui/apply-theme';
import { t } from '../shared/i18n';
import { Welcome } from './welcome';
import './welcome.css';

void browserReady().then(async () => {
  installBrowserMessages();
  document.documentElement.lang = uiLanguage();
  document.title = t('welcomeTitle');
  const store = browserSettingsStore();
  const { settings } = await store.load();
  applyTheme(settings.theme);
  render(
    <Welcome initial={settings} save={(s) => store.save(s)} tryStretch={() => void showPopup(browserAction(), browserWindows(), 'popup.html')} openOptions={() => void browserPageOpener.openOptions()} />,
    document.getElementById('app')!,
  );
});
