// The whole background on fakes: one "world" (storage, alarms, notifications, badge, history —
// what outlives a worker) and a worker built on it that can be stopped and started again, as
// Chrome does. A stopped worker's listeners are dead; a new one registers its own.
import { defaultSettings, type Settings } from '../../../src/core/settings/defaults';
import type { BackgroundAdapters } from '../../../src/background/adapters';
import { startBackground, type Background } from '../../../src/background/start';
import type { Handlers, MessageType, RequestOf, ResponseOf } from '../../../src/shared/messages';
import { FakeAction } from '../../../src/platform/fakes/action';
import { FakeAlarms } from '../../../src/platform/fakes/alarms';
import { FakeCommands } from '../../../src/platform/fakes/commands';
import { FakeHistoryStore } from '../../../src/storage/fakes/history-store';
import { FakeIdle } from '../../../src/platform/fakes/idle';
import { FakeMedia } from '../../../src/platform/fakes/media';
import { FakeNotifications } from '../../../src/platform/fakes/notifications';
import { FakeRuntime } from '../../../src/platform/fakes/runtime-events';
import { fakeSettingsStore } from '../../../src/storage/fakes/settings-store';
import { popupSettingsMirror } from '../../../src/storage/popup-settings-mirror';
import { FakeSoundPlayer } from '../../../src/platform/fakes/sound';
import { stateStore } from '../../../src/storage/state-store';
import { FakeWindows } from '../../../src/platform/fakes/windows';
import { FakePorts } from '../../../src/platform/fakes/port';
import { FakeStorageArea } from '../../../src/platform/fakes/storage-area';
import { stretchesUnderWay } from '../../../src/storage/stretches-under-way';
import { deliveryStore } from '../../../src/storage/delivery-store';
import { IDLE_INTERVAL_KEY } from '../../../src/storage/keys';
import type { HistoryStore } from '../../../src/storage/history/store';
import { FakeManaged } from '../../../src/platform/fakes/managed';
import { FakeSyncArea } from '../../../src/platform/fakes/sync-area';
import { DeviceStore } from '../../../src/storage/devices/device-store';
import { PolicyCache } from '../../../src/storage/managed/policy-cache';
import { CustomStretchesStore } from '../../../src/storage/custom-stretches-store';
import { serial } from '../../../src/core/serial';
import { withPolicy } from '../../../src/storage/managed/settings-with-policy';
import { installEnglish } from '../../support/messages';

export const MIN = 60_000;
/** Monday 5 January 2026, 10:00 local time. */
export const T0 = new Date(2026, 0, 5, 10, 0).getTime();

/** Wraps every `onX(listener)` and listen() so that listeners die with their worker. */
function scoped<T extends object>(target: T, alive: () => boolean): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') return value;
      if (typeof prop === 'string' && /^on[A-Z]/.test(prop)) {
        return (listener: (...args: unknown[]) => void) =>
          value.call(obj, (...args: unknown[]) => (alive() ? listener(...args) : undefined));
      }
      return value.bind(obj);
    },
  });
}

export class World {
  now = T0;
  readonly alarms = new FakeAlarms();
  readonly idle = new FakeIdle();
  readonly notifications = new FakeNotifications();
  readonly action = new FakeAction();
  readonly media = new FakeMedia();
  readonly windows = new FakeWindows();
  readonly runtime = new FakeRuntime();
  readonly commands = new FakeCommands();
  readonly sound = new FakeSoundPlayer();
  readonly ports = new FakePorts();
  /** storage.session: outlives a worker, not the browser. */
  readonly session = new FakeStorageArea();
  /** Timers the worker set (after()); they die with it. fireTimers() runs the live ones. */
  private timers: { fn: () => void; alive: () => boolean }[] = [];
  readonly settingsAreas = fakeSettingsStore(() => this.now);
  /** storage.local, shared by the engine's state, the settings' fallback and the other stores. */
  readonly local = this.settingsAreas.local;
  history: HistoryStore = new FakeHistoryStore();
  /** storage.sync as the device summaries see it (the settings keep their own fake area). */
  readonly sync = new FakeSyncArea(() => this.now);
  readonly managed = new FakeManaged();
  readonly policy = new PolicyCache(this.managed, this.settingsAreas.local);
  readonly devices = new DeviceStore({ sync: this.sync, local: this.settingsAreas.local, now: () => this.now, newId: () => 'thisdevice' });
  /** The person's own stretches, on this device's storage.local and the shared storage.sync. */
  /** The lock every context takes to change them (Web Locks in the browser), shared with test pages. */
  readonly customStretchesLock = serial();
  readonly customStretches = new CustomStretchesStore(this.settingsAreas.local, this.sync, () => this.now, this.customStretchesLock);
  readonly warnings: string[] = [];
  bg!: Background;
  workerStarts = 0;
  private handlers: Handlers | null = null;
  private generation = 0;

  constructor() {
    installEnglish();
  }

  get fakeHistory(): FakeHistoryStore {
    return this.history as FakeHistoryStore;
  }

  async saveSettings(changes: Partial<Settings>): Promise<void> {
    const { settings } = await this.settingsAreas.store.load();
    await this.settingsAreas.store.save({ ...settings, ...changes });
    await this.flush();
  }

  /** Starts a worker (again) on this world and waits until it is ready. */
  async startWorker(): Promise<Background> {
    const mine = ++this.generation;
    const alive = () => this.generation === mine;
    this.workerStarts += 1;
    const adapters: BackgroundAdapters = {
      now: () => this.now,
      alarms: scoped(this.alarms, alive),
      idle: scoped(this.idle, alive),
      notifications: scoped(this.notifications, alive),
      action: this.action,
      media: this.media,
      windows: scoped(this.windows, alive),
      runtime: scoped(this.runtime, alive),
      commands: scoped(this.commands, alive),
      stateStore: stateStore(this.local, this.session),
      settings: scoped(withPolicy(this.settingsAreas.store, this.policy), alive),
      popupSettings: popupSettingsMirror(this.settingsAreas.local),
      openHistory: async () => this.history,
      listen: (handlers) => {
        this.handlers = handlers;
      },
      ports: this.ports,
      underWay: stretchesUnderWay(this.session),
      delivery: deliveryStore(this.settingsAreas.local, this.session),
      after: (_ms, fn) => void this.timers.push({ fn, alive }),
      idleIntervalNote: (seconds) => this.session.set(IDLE_INTERVAL_KEY, seconds),
      sound: this.sound,
      locale: () => 'en-US',
      devices: this.devices,
      policy: scoped(this.policy, alive),
      customStretches: scoped(this.customStretches, alive),
      warn: (message) => this.warnings.push(message),
    };
    this.bg = startBackground(adapters);
    await this.bg.ready;
    await this.bg.idle();
    return this.bg;
  }

  /** Chrome stops the worker: its listeners and memory are gone, storage and alarms stay. */
  stopWorker(): void {
    this.generation += 1;
    this.ports.dropAll();
    this.handlers = null;
  }

  /** The browser closes (with the worker): storage.session is emptied, storage.local stays. */
  closeBrowser(): void {
    this.stopWorker();
    this.session.data.clear();
  }

  async restartWorker(): Promise<Background> {
    this.stopWorker();
    return this.startWorker();
  }

  /** A page sends a message, as runtime.sendMessage does (values are copied both ways). */
  async send<K extends MessageType>(type: K, ...payload: RequestOf<K> extends void ? [] : [RequestOf<K>]): Promise<ResponseOf<K>> {
    if (!this.handlers) await this.startWorker(); // a message wakes a stopped worker
    const handler = this.handlers![type] as (p: unknown) => Promise<ResponseOf<K>>;
    return structuredClone(await handler(structuredClone(payload[0])));
  }

  /** Runs the timers a live worker set (the waits are short; tests only need their order). */
  async fireTimers(): Promise<void> {
    const due = this.timers.splice(0);
    for (const t of due) if (t.alive()) t.fn();
    await this.flush();
  }

  /** Lets async listeners (settings onChange) run, then waits for the background to settle. */
  async flush(): Promise<void> {
    for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
    await this.bg.idle();
  }

  /** Moves the clock to `t`, firing alarms in order on the way (an awake machine). */
  async advanceTo(t: number): Promise<void> {
    for (let guard = 0; guard < 10_000; guard++) {
      const next = this.alarms.nextDue(t);
      if (!next) break;
      this.now = Math.max(this.now, next.scheduledTime);
      this.alarms.trigger(next.name, this.now);
      await this.flush();
    }
    this.now = Math.max(this.now, t);
  }

  advance(ms: number): Promise<void> {
    return this.advanceTo(this.now + ms);
  }

  breakAlarm(): number | undefined {
    return this.alarms.alarms.get('break')?.scheduledTime;
  }

  settings(): Settings {
    return this.bg?.engine.currentSettings() ?? defaultSettings();
  }
}
