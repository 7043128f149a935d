import { browserArea } from '../settings-store-areas';
import { browserSettingsReader } from '../settings-store-browser';
import { defaults } from '../../core/settings/defaults';
import { noticeBoard, silentNoticeBoard, type NoticeBoard } from './notices';
import { openHistoryWith, openHistoryWriterWith, rebuildHistoryWith, type OpenDeps } from './open-history';
import type { HistoryStore, HistoryWriter } from './store';

let retentionDays = defaults.historyRetentionDays;
let following = false;

function browserDeps(): OpenDeps {
  const local = browserArea('local');
  if (!local) throw new Error('storage.local is missing: the manifest must ask for the "storage" permission.');
  if (!following) {
    // Retention follows the settings as they change, without the caller wiring anything.
    following = true;
    const settings = browserSettingsReader();
    void settings.load().then(({ settings: s }) => { retentionDays = s.historyRetentionDays; }, () => undefined);
    settings.onChange((s) => { retentionDays = s.historyRetentionDays; });
  }
  return { local, notices: browserNotices(), retentionDays: () => retentionDays };
}

export function browserNotices(): NoticeBoard {
  const local = browserArea('local');
  return local ? noticeBoard(local) : silentNoticeBoard;
}

/** The history for a page. Never rejects; see openHistoryWith. */
export function openHistory(): Promise<HistoryStore> {
  return openHistoryWith(browserDeps());
}

/** The history the background writes to: the same storage, without the reading. Never rejects. */
export function openHistoryWriter(): Promise<HistoryWriter> {
  return openHistoryWriterWith(browserDeps());
}

/** The user's "rebuild history storage" action; see rebuildHistoryWith. */
export function rebuildHistory(): Promise<HistoryStore> {
  return rebuildHistoryWith(browserDeps());
}
