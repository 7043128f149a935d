// The real adapters, one per browser API. Only this file (and index.ts through it) knows them.
import { browserAction } from '../platform/action';
import { browserAlarms } from '../platform/alarms';
import { browserCommands } from '../platform/commands';
import { openHistoryWriter } from '../storage/history/open';
import { browserIdle } from '../platform/idle';
import { uiLanguage } from '../platform/i18n';
import { browserMedia } from '../platform/media';
import { listen } from '../platform/messaging';
import { browserNotifications } from '../platform/notifications';
import { popupSettingsMirror } from '../storage/popup-settings-mirror';
import { browserRuntime } from '../platform/runtime-events';
import { browserArea } from '../platform/storage-area';
import { browserSettingsReader } from '../storage/settings-store-browser';
import { browserSoundPlayer } from '../platform/sound';
import { stateStore } from '../storage/state-store';
import { browserWindows } from '../platform/windows';
import { browserManaged } from '../platform/managed';
import { browserSyncArea } from '../platform/sync-area';
import { DeviceWriter } from '../storage/devices/device-writer';
import { PolicyCache } from '../storage/managed/policy-cache';
import { withPolicy } from '../storage/managed/settings-with-policy';
import { browserPorts } from '../platform/port';
import { stretchesUnderWay } from '../storage/stretches-under-way';
import { deliveryStore } from '../storage/delivery-store';
import type { BackgroundAdapters } from './adapters';
import { IDLE_INTERVAL_KEY } from '../storage/keys';
import { browserCustomStretchesStore } from '../storage/custom-stretches-store-browser';

export function browserAdapters(): BackgroundAdapters {
  const local = browserArea('local');
  if (!local) throw new Error('storage.local is missing: the manifest must ask for the "storage" permission.');
  const session = browserArea('session');
  const policy = new PolicyCache(browserManaged(), local);
  return {
    now: () => Date.now(),
    alarms: browserAlarms(),
    idle: browserIdle(),
    notifications: browserNotifications(),
    action: browserAction(),
    media: browserMedia(),
    windows: browserWindows(),
    runtime: browserRuntime(),
    commands: browserCommands(),
    stateStore: stateStore(local, session),
    settings: withPolicy(browserSettingsReader(), policy),
    popupSettings: popupSettingsMirror(local),
    openHistory: openHistoryWriter,
    listen,
    ports: browserPorts(),
    underWay: stretchesUnderWay(session),
    delivery: deliveryStore(local, session),
    after: (ms, fn) => void setTimeout(fn, ms),
    idleIntervalNote: async (seconds) => {
      await session?.set(IDLE_INTERVAL_KEY, seconds);
    },
    sound: browserSoundPlayer,
    locale: uiLanguage,
    devices: new DeviceWriter({ sync: browserSyncArea(), local, now: () => Date.now() }),
    customStretches: browserCustomStretchesStore(local),
    policy,
    // A warning, not an error: these are failures the engine survives.
    warn: (message, error) => console.warn(`Unhunch: ${message}`, error ?? ''),
  };
}
