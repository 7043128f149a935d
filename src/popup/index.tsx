import { earlyStart } from './start-early';
import { inTime } from './in-time';
import { render } from 'preact';
import { defaultSettings } from '../core/settings/defaults';
import { popupSettings, type PopupSettings } from '../core/settings/popup-settings';
import { browserReady } from '../platform/browser';
import { installBrowserMessages, uiLanguage } from '../platform/i18n';
import { runtimeConnector } from '../platform/messaging';
import { browserPageOpener } from '../platform/page-opener';
import { browserPopupStart } from '../storage/popup-start';
import { browserShuffleStore } from '../storage/shuffle-store-browser';
import { applyTheme } from '../ui/apply-theme';
import { App } from './app';
import { browserSpeech } from '../platform/speech';
import { breathChime } from './breath-chime';
import { t } from '../shared/i18n';
import { liveLink } from '../ui/live-link';
import { closeOwnWindow } from '../platform/own-window';
import { browserPortConnector } from '../platform/port';
import './popup.css';

/**
 * Settles after the next frame has been produced; a hidden page produces no frames, so at the
 * latest after FRAME_WAIT_MS.
 */
function afterFirstFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, FRAME_WAIT_MS);
  });
}
const FRAME_WAIT_MS = 100;

async function main(): Promise<void> {
  await browserReady();
  installBrowserMessages();
  // Asked once the card is on screen: a sleeping worker starts in this same extension process,
  // and starting it alongside the first frame delays the card. The status line fills in when the
  // background answers.
  const firstFrame = afterFirstFrame();
  const statusLater = firstFrame
    .then(() => inTime(runtimeConnector.send('status/get')))
    .then((answer) => (answer && 'phase' in answer ? answer : null));
  // The card needs only storage.local (the background keeps the popup's settings there) and the
  // drawings, not the background. The read is an IPC round trip, usually asked before this
  // script's modules were evaluated (start-early.ts), so that what follows runs while it is
  // under way.
  const starting = earlyStart ?? browserPopupStart();
  // The first message read loads the extension's messages into this process (tens of ms after
  // a cold start, measured): done while storage answers, not inside the first render.
  const lang = uiLanguage();
  document.documentElement.lang = lang;
  t('link_settings');
  const start = await starting;
  // Right after install the copy may not be written yet: then the background is asked, and
  // without an answer the defaults stand in.
  const settings: PopupSettings =
    start.settings ?? (await inTime(runtimeConnector.send('settings/popup'))) ?? popupSettings(defaultSettings());
  applyTheme(settings.theme);
  // The stretch window (ui/stretch-window.ts) shows this page too, sized to its window.
  const params = new URLSearchParams(location.search);
  const inWindow = params.get('window') === '1';
  if (inWindow) document.documentElement.classList.add('in-window');
  render(
    <App
      deps={{
        connector: runtimeConnector,
        shuffle: browserShuffleStore(),
        pages: browserPageOpener,
        settings,
        custom: start.custom,
        lang,
        now: Date.now,
        random: Math.random,
        routineRequested: params.get('routine') === '1',
        inWindow,
        close: inWindow ? () => void closeOwnWindow() : () => window.close(),
        chime: breathChime(settings.soundVolumePct),
        speech: browserSpeech(),
        live: liveLink(browserPortConnector, crypto.randomUUID(), firstFrame),
      }}
      initialBag={start.bag}
      initialBreakId={start.breakId}
      initialStatus={null}
      statusLater={statusLater}
    />,
    document.getElementById('app')!,
  );
}

void main();
