import { browserNotices, pageHistory } from '../storage/history/open';
import { uiLanguage } from '../platform/i18n';
import { browserSettingsStore } from '../storage/settings-store-browser';
import { browserShortcuts } from '../platform/shortcuts';
import { browserSpeech } from '../platform/speech';
import type { PageDeps } from './page-deps';
import { downloadText } from './download';

/** The real dependencies of the options and stats pages. */
export function browserPageDeps(): PageDeps {
  const history = pageHistory();
  return {
    settings: browserSettingsStore(),
    shortcuts: browserShortcuts(),
    notices: browserNotices(),
    openHistory: history.open,
    rebuildHistory: history.rebuild,
    download: downloadText,
    now: Date.now,
    lang: uiLanguage(),
    speech: browserSpeech(),
    // Both pages sit at the root of the extension, so plain relative links reach each other.
    optionsUrl: 'options.html',
    statsUrl: 'stats.html',
    reload: () => location.reload(),
  };
}
