import { render } from 'preact';
import { installBrowserMessages } from '../platform/i18n';
import { browserSettingsStore } from '../platform/settings-store-browser';
import { openOptionsPage, showPopup } from '../platform/pages';
import { applyTheme } from '../shared/apply-theme';
import { Welcome } from './welcome';
import './welcome.css';

installBrowserMessages();
document.documentElement.lang = navigator.language;
const store = browserSettingsStore();
void store.load().then(({ settings }) => {
  applyTheme(settings.theme);
  render(
    <Welcome initial={settings} save={(s) => store.save(s)} tryStretch={() => void showPopup('?try=1')} openOptions={() => void openOptionsPage()} />,
    document.getElementById('app')!,
  );
});
