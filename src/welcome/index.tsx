import { render } from 'preact';
import { browserReady } from '../platform/browser';
import { installBrowserMessages, uiLanguage } from '../platform/i18n';
import { browserSettingsStore } from '../storage/settings-store-browser';
import { browserAction } from '../platform/action';
import { browserPageOpener } from '../platform/page-opener';
import { browserWindows } from '../platform/windows';
import { STRETCH_WINDOW_PAGE, stretchWindow } from '../ui/stretch-window';
import { deliveryStore } from '../storage/delivery-store';
import { browserArea } from '../platform/storage-area';
import { browserToolbarPin } from '../platform/toolbar-pin';
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
  const stretch = stretchWindow({
    windows: browserWindows(),
    store: deliveryStore(browserArea('local')!, browserArea('session')),
    url: STRETCH_WINDOW_PAGE,
  });
  render(
    <Welcome
      initial={settings}
      save={(s) => store.save(s)}
      tryStretch={() => void stretch.show(browserAction())}
      openOptions={() => void browserPageOpener.openOptions()}
      toolbar={browserToolbarPin()}
    />,
    document.getElementById('app')!,
  );
});
