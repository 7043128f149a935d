import { vi } from 'vitest';
import type { PageDeps, DownloadFile } from '../../src/ui/page-deps';
import { FakeHistoryStore } from '../../src/storage/fakes/history-store';
import { fakeSettingsStore } from '../../src/storage/fakes/settings-store';
import { FakeStorageArea } from '../../src/platform/fakes/storage-area';
import { noticeBoard } from '../../src/storage/history/notices';
import { FakeShortcuts } from '../../src/platform/fakes/shortcuts';
import { FakeSpeech } from '../../src/platform/fakes/speech';
import { FakeManaged } from '../../src/platform/fakes/managed';
import { FakeSyncArea } from '../../src/platform/fakes/sync-area';
import { DeviceStore } from '../../src/storage/devices/device-store';
import { PolicyCache } from '../../src/storage/managed/policy-cache';
import { withPolicy } from '../../src/storage/managed/settings-with-policy';
import type { NotifyPermission } from '../../src/core/delivery/route';
import { deliveryStore } from '../../src/storage/delivery-store';
import { FakeToolbarPin } from '../../src/platform/fakes/toolbar-pin';
import { CustomStretchesStore } from '../../src/storage/custom-stretches-store';

/** Page dependencies on fakes that behave like the browser's; tests inspect the fakes. */
export function fakePageDeps(
  now = new Date(2026, 2, 10, 15).getTime(),
  shortcuts = new FakeShortcuts(false, []),
  speech: FakeSpeech | null = new FakeSpeech(),
) {
  const settings = fakeSettingsStore(() => now);
  const local = new FakeStorageArea();
  const history = new FakeHistoryStore();
  const downloads: DownloadFile[] = [];
  const deviceSync = new FakeSyncArea(() => now);
  const managed = new FakeManaged();
  const policy = new PolicyCache(managed, settings.local);
  const devices = new DeviceStore({ sync: deviceSync, local, now: () => now, newId: () => 'thisdevice' });
  /** What the browser says of notifications; tests set it. */
  const notify: { permission: NotifyPermission } = { permission: 'granted' };
  const delivery = deliveryStore(local, new FakeStorageArea());
  const toolbar = new FakeToolbarPin(true);
  const customLocal = new FakeStorageArea();
  const customSync = new FakeSyncArea(() => now);
  const customStretches = new CustomStretchesStore(customLocal, customSync, () => now);
  const deps: PageDeps = {
    settings: withPolicy(settings.store, policy),
    policy,
    customStretches,
    devices,
    shortcuts,
    notices: noticeBoard(local, () => now),
    openHistory: vi.fn(async () => history),
    rebuildHistory: vi.fn(async () => history),
    download: (file) => downloads.push(file),
    now: () => now,
    lang: 'en-US',
    speech,
    optionsUrl: 'options.html',
    statsUrl: 'stats.html',
    reload: vi.fn(),
    notifyPermission: async () => notify.permission,
    delivery,
    toolbar,
  };
  return {
    deps,
    history,
    downloads,
    sync: settings.sync,
    localSettings: settings.local,
    noticeArea: local,
    deviceSync,
    managed,
    notify,
    delivery,
    toolbar,
    customLocal,
    customSync,
  };
}
