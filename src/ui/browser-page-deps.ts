import { browserNotices, pageHistory } from '../storage/history/open';
import { uiLanguage } from '../platform/i18n';
import { browserSettingsStore } from '../storage/settings-store-browser';
import { browserShortcuts } from '../platform/shortcuts';
import { browserSpeech } from '../platform/speech';
import type { PageDeps } from './page-deps';
import { downloadText } from './download';
import { browserArea } from '../platform/storage-area';
import { browserManaged } from '../platform/managed';
import { browserSyncArea } from '../platform/sync-area';
import { DeviceStore } from '../storage/devices/device-store';
import { PolicyCache } from '../storage/managed/policy-cache';
import { withPolicy } from '../storage/managed/settings-with-policy';
import { browserNotifications } from '../platform/notifications';
import { deliveryStore } from '../storage/delivery-store';
import { browserToolbarPin } from '../platform/toolbar-pin';
import { CustomStretchesStore } from '../storage/custom-stretches-store';

/** The real dependencies of the options and stats pages. */
export function browserPageDeps(): PageDeps {
  const history = pageHistory();
  const local = browserArea('local');
  if (!local) throw new Error('storage.local is missing: the manifest must ask for the "storage" permission.');
  const policy = new PolicyCache(browserManaged(), local);
  return {
    settings: withPolicy(browserSettingsStore(), policy),
    policy,
    devices: new DeviceStore({ sync: browserSyncArea(), local, now: () => Date.now() }),
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
    notifyPermission: () => browserNotifications().permissionLevel(),
    delivery: deliveryStore(local, browserArea('session')),
    toolbar: browserToolbarPin(),
    customStretches: new CustomStretchesStore(local, browserSyncArea(), () => Date.now()),
  };
}
