import { browserArea } from '../../platform/storage-area';
import { browserSettingsReader } from '../settings-store-browser';
import { defaults } from '../../core/settings/defaults';
import { noticeBoard, silentNoticeBoard, type NoticeBoard } from './notices';
import { openHistoryWith, rebuildHistoryWith, type OpenDeps } from './open-history';
import type { HistoryStore, HistoryWriter } from './store';

function depsWith(retention: () => number): OpenDeps {
  const local = browserArea('local');
  if (!local) throw new Error('storage.local is missing: the manifest must ask for the "storage" permission.');
  return { local, notices: browserNotices(), retentionDays: retention };
}

/** Opening the history from a page: the store to read, and the user's rebuild action. */
export interface PageHistory {
  /** Never rejects; see openHistoryWith. */
  open(): Promise<HistoryStore>;
  /** The user's "rebuild history storage" action; see rebuildHistoryWith. */
  rebuild(): Promise<HistoryStore>;
}

/**
 * The history for one page. Retention follows the settings as they change, without the caller
 * wiring anything; the settings are read on the first opening, not before.
 */
export function pageHistory(): PageHistory {
  let retentionDays = defaults.historyRetentionDays;
  let following = false;
  const deps = (): OpenDeps => {
    if (!following) {
      following = true;
      const settings = browserSettingsReader();
      void settings.load().then(
        ({ settings: s }) => {
          retentionDays = s.historyRetentionDays;
        },
        () => undefined,
      );
      settings.onChange((s) => {
        retentionDays = s.historyRetentionDays;
      });
    }
    return depsWith(() => retentionDays);
  };
  return { open: () => openHistoryWith(deps()), rebuild: () => rebuildHistoryWith(deps()) };
}

export function browserNotices(): NoticeBoard {
  const local = browserArea('local');
  return local ? noticeBoard(local) : silentNoticeBoard;
}

/**
 * The history the background writes to: the store the pages open, seen as a HistoryWriter.
 * Retention comes from the caller, who holds the settings already. Never rejects.
 */
export function openHistoryWriter(retentionDays: () => number): Promise<HistoryWriter> {
  return openHistoryWith(depsWith(retentionDays));
}
