import { render } from 'preact';
import { defaultSettings } from '../core/settings/defaults';
import { popupSettings, type PopupSettings } from '../core/settings/popup-settings';
import { browserReady } from '../platform/browser';
import { installBrowserMessages, uiLanguage } from '../platform/i18n';
import { runtimeConnector } from '../platform/messaging';
import { browserPageOpener } from '../platform/page-opener';
import { browserShuffleStore } from '../platform/shuffle-store-browser';
import { applyTheme } from '../shared/apply-theme';
import type { MessageType, ResponseOf } from '../shared/messages';
import { App } from './app';
import { loadFigures } from './art/figure-book';
import { breathChime } from './breath-chime';
import './popup.css';

// A popup that waits on a stuck background shows nothing at all; after this long it opens
// without the status line (and with default settings) rather than keep the person waiting.
const BACKGROUND_WAIT_MS = 1500;

/** The background's answer, or null when it does not give one in time. */
async function ask<K extends 'status/get' | 'settings/popup'>(type: K): Promise<ResponseOf<K> | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), BACKGROUND_WAIT_MS));
  const answer = await Promise.race([(runtimeConnector.send as (t: MessageType) => Promise<ResponseOf<K>>)(type).catch(() => null), timeout]);
  return answer && typeof answer === 'object' ? answer : null;
}

async function main(): Promise<void> {
  await browserReady();
  installBrowserMessages();
  const shuffle = browserShuffleStore();
  const [answered, bag, answer] = await Promise.all([ask('settings/popup'), shuffle.load(), ask('status/get'), loadFigures()]);
  // The background validated these; without an answer the defaults stand in.
  const settings: PopupSettings = answered ?? popupSettings(defaultSettings());
  const status = answer && 'phase' in answer ? answer : null;
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
