import { browserArea } from '../settings-store-areas';
import { browserSettingsReader } from '../settings-store-browser';
import { defaults } from '../../core/settings/defaults';
import { noticeBoard, silentNoticeBoard, type NoticeBoard } from './notices';
import { openHistoryWith, openHistoryWriterWith, rebuildHistoryWith, type OpenDeps } from './open-history';
import type { HistoryStore, HistoryWriter } from './store';

let retentionDays = defaults.historyRetentionDays;
let following = false;

function depsWith(retention: () => number): OpenDeps {
  const local = browserArea('local');
  if (!local) throw new Error('storage.local is missing: the manifest must ask for the "storage" permission.');
  return { local, notices: browserNotices(), retentionDays: retention };
}

/** For pages: retention follows the settings as they change, without the caller wiring anything. */
function browserDeps(): OpenDeps {
  if (!following) {
    following = true;
    const settings = browserSettingsReader();
    void settings.load().then(({ settings: s }) => { retentionDays = s.historyRetentionDays; }, () => undefined);
    settings.onChange((s) => { retentionDays = s.historyRetentionDays; });
  }
  return depsWith(() => retentionDays);
}

export function browserNotices(): NoticeBoard {
  const local = browserArea('local');
  return local ? noticeBoard(local) : silentNoticeBoard;
}

/** The history for a page. Never rejects; see openHistoryWith. */
export function openHistory(): Promise<HistoryStore> {
  return openHistoryWith(browserDeps());
}

/**
 * The history the background writes to: the same storage, without the reading. Retention comes
 * from the caller, who holds the settings already. Never rejects.
 */
export function openHistoryWriter(retentionDays: () => number): Promise<HistoryWriter> {
  return openHistoryWriterWith(depsWith(retentionDays));
}

/** The user's "rebuild history storage" action; see rebuildHistoryWith. */
export function rebuildHistory(): Promise<HistoryStore> {
  return rebuildHistoryWith(browserDeps());
}
