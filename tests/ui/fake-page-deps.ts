import { vi } from 'vitest';
import type { PageDeps, DownloadFile } from '../../src/ui/page-deps';
import { FakeHistoryStore } from '../../src/storage/fakes/history-store';
import { fakeSettingsStore } from '../../src/storage/fakes/settings-store';
import { FakeStorageArea } from '../../src/platform/fakes/storage-area';
import { noticeBoard } from '../../src/storage/history/notices';
import { FakeShortcuts } from '../../src/platform/fakes/shortcuts';
import { FakeSpeech } from '../../src/platform/fakes/speech';

/** Page dependencies on fakes that behave like the browser's; tests inspect the fakes. */
export function fakePageDeps(now = new Date(2026, 2, 10, 15).getTime(), shortcuts = new FakeShortcuts(false, []), speech: FakeSpeech | null = new FakeSpeech()) {
  const settings = fakeSettingsStore(() => now);
  const local = new FakeStorageArea();
  const history = new FakeHistoryStore();
  const downloads: DownloadFile[] = [];
  const deps: PageDeps = {
    settings: settings.store,
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
  };
  return { deps, history, downloads, sync: settings.sync, localSettings: settings.local, noticeArea: local };
}
