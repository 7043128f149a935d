import type { NoticeBoard } from '../storage/history/notices';
import type { HistoryStore } from '../storage/history/store';
import type { SettingsStore } from '../storage/settings-store';
import type { ShortcutsAdapter } from '../platform/shortcuts';
import type { SpeechAdapter } from '../platform/speech';
import type { DeviceStore } from '../storage/devices/device-store';
import type { PolicyCache } from '../storage/managed/policy-cache';
import type { NotifyPermission } from '../core/delivery/route';
import type { DeliveryStore } from '../storage/delivery-store';
import type { ToolbarPin } from '../platform/toolbar-pin';
import type { CustomStretchesStore } from '../storage/custom-stretches-store';

export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

/** Everything the options and stats pages need from outside, handed in so tests pass fakes. */
export interface PageDeps {
  settings: SettingsStore;
  shortcuts: ShortcutsAdapter;
  notices: NoticeBoard;
  /** Opened when needed and closed after, so a page never sits on a database connection. */
  openHistory(): Promise<HistoryStore>;
  rebuildHistory(): Promise<HistoryStore>;
  download(file: DownloadFile): void;
  now(): number;
  /** BCP 47 tag for Intl (the browser's UI language); also the language of spoken cues. */
  lang: string;
  /** The browser's speech synthesis, to say which voice spoken cues would use; null where none. */
  speech: SpeechAdapter | null;
  /** Page URLs for links between options and stats. */
  optionsUrl: string;
  statsUrl: string;
  reload(): void;
  /** This device's id and name, and the summaries the person's other devices share. */
  devices: DeviceStore;
  /** The organisation's policy; the options page reads it afresh when it opens. */
  policy: PolicyCache;
  /** Whether this extension may show notifications, to say why breaks open the stretch window. */
  notifyPermission(): Promise<NotifyPermission>;
  /** Why the last break came as the stretch window instead of a notification, if it did. */
  delivery: Pick<DeliveryStore, 'note' | 'onNoteChange'>;
  /** Whether the toolbar button is pinned, for the hint that tells how. */
  toolbar: ToolbarPin;
  /** The person's own stretches, here and in sync. */
  customStretches: CustomStretchesStore;
}
