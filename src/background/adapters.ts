// Everything the background needs from the browser, handed in as one object: index.ts passes the
// real adapters, tests pass the fakes and run the very same background.
import type { Handlers } from '../shared/messages';
import type { ActionAdapter } from '../platform/action';
import type { AlarmsAdapter } from '../platform/alarms';
import type { CommandsAdapter } from '../platform/commands';
import type { HistoryWriter } from '../storage/history/store';
import type { IdleAdapter } from '../platform/idle';
import type { MediaAdapter } from '../platform/media';
import type { NotificationsAdapter } from '../platform/notifications';
import type { PopupSettingsMirror } from '../storage/popup-settings-mirror';
import type { RuntimeAdapter } from '../platform/runtime-events';
import type { SettingsReader } from '../storage/settings-store';
import type { SoundPlayer } from '../platform/sound';
import type { StateStore } from '../storage/state-store';
import type { WindowsAdapter } from '../platform/windows';
import type { DeviceWriter } from '../storage/devices/device-writer';
import type { PolicyCache } from '../storage/managed/policy-cache';
import type { PortsAdapter } from '../platform/port';
import type { StretchesUnderWay } from '../storage/stretches-under-way';
import type { DeliveryStore } from '../storage/delivery-store';
import type { CustomStretchesStore } from '../storage/custom-stretches-store';

export interface BackgroundAdapters {
  now(): number;
  alarms: AlarmsAdapter;
  idle: IdleAdapter;
  notifications: NotificationsAdapter;
  action: ActionAdapter;
  media: MediaAdapter;
  windows: WindowsAdapter;
  runtime: RuntimeAdapter;
  commands: CommandsAdapter;
  stateStore: StateStore;
  settings: SettingsReader;
  /** The popup's settings, kept in storage.local so the popup can paint without waking the worker. */
  popupSettings: PopupSettingsMirror;
  /**
   * Opens the break history to write to, pruning raw events older than retentionDays(); called
   * once, lazily. Must not reject (openHistoryWriter() never does).
   */
  openHistory(retentionDays: () => number): Promise<HistoryWriter>;
  /** Registers the message handlers (listen() from platform/messaging). */
  listen(handlers: Handlers): void;
  /** Long-lived ports from open stretch pages (live-pages.ts). */
  ports: PortsAdapter;
  /** Stretches under way on open pages, in storage.session. */
  underWay: StretchesUnderWay;
  /** The stretch window's id while open, and why breaks last came as the window. */
  delivery: DeliveryStore;
  /** Notes the idle detection interval set (storage.session), so pages and tests can tell it. */
  idleIntervalNote(seconds: number): Promise<void>;
  /** setTimeout, for the short waits a just-started worker may do. */
  after(ms: number, fn: () => void): void;
  /** Plays the break chime when the user turned it on. */
  sound: SoundPlayer;
  /** BCP 47 tag for formatting clock times in badge titles. */
  locale(): string;
  /** This device's summary in storage.sync, for the person's other devices. */
  devices: DeviceWriter;
  /** The person's own stretches, in storage.local and shared through storage.sync. */
  customStretches: Pick<CustomStretchesStore, 'load' | 'onChanged'>;
  /** The organisation's policy: read at browser start, on install and when it changes. */
  policy: PolicyCache;
  /** Where failures that the engine survives are reported (console.warn in the browser). */
  warn(message: string, error?: unknown): void;
}
