import { render } from 'preact';
import { defaultSettings, type Settings } from '../core/settings/defaults';
import { browserReady } from '../platform/browser';
import { installBrowserMessages, uiLanguage } from '../platform/i18n';
import { runtimeConnector } from '../platform/messaging';
import { browserPageOpener } from '../platform/page-opener';
import { browserSettingsStore } from '../platform/settings-store-browser';
import { browserShuffleStore } from '../platform/shuffle-store-browser';
import { applyTheme } from '../shared/apply-theme';
import type { StatusView } from '../shared/messages';
import { App } from './app';
import { breathChime } from './breath-chime';
import './popup.css';

// A popup that waits on a stuck background shows nothing at all; after this long it opens
// without the status line rather than keep the person waiting.
const STATUS_WAIT_MS = 1500;

async function firstStatus(): Promise<StatusView | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), STATUS_WAIT_MS));
  const status = await Promise.race([runtimeConnector.send('status/get').catch(() => null), timeout]);
  return status && typeof status === 'object' && 'phase' in status ? status : null;
}

async function loadSettings(): Promise<Settings> {
  try {
    return (await browserSettingsStore().load()).settings;
  } catch {
    return defaultSettings();
  }
}

async function main(): Promise<void> {
  await browserReady();
  installBrowserMessages();
  const shuffle = browserShuffleStore();
  const [settings, bag, status] = await Promise.all([loadSettings(), shuffle.load(), firstStatus()]);
  applyTheme(settings.theme);
  document.documentElement.lang = uiLanguage();
  render(
    <App
      deps={{
        connector: runtimeConnector,
        shuffle,
        pages: browserPageOpener,
        settings,
        lang: uiLanguage(),
        now: Date.now,
        random: Math.random,
        routineRequested: new URLSearchParams(location.search).get('routine') === '1',
        close: () => window.close(),
        chime: breathChime(settings.soundVolumePct),
      }}
      initialBag={bag}
      initialStatus={status}
    />,
    document.getElementById('app')!,
  );
}

void main();
