// The engine: restores the state, runs every event through step() one at a time, saves the
// result, then carries out the effects. It has one door, dispatch(): events are queued so two
// arriving together (an alarm and a popup message) never step from the same old state, and every
// decision (may this snooze happen, does the shortcut pause or resume) is step()'s, taken on the
// state as it stands then. State and settings are private.
import type { HistoryEvent } from '../core/history/event';
import { defaultSettings, type Settings } from '../core/settings/defaults';
import type { Effect } from '../core/scheduler/effects';
import type { Observation, SchedulerEvent } from '../core/scheduler/events';
import { parseState } from '../core/scheduler/persisted';
import { initialState, type SchedulerState } from '../core/scheduler/state';
import { statusView } from '../core/scheduler/status-view';
import { step, type Refusal } from '../core/scheduler/step';
import type { StatusView } from '../core/scheduler/status-view';
import type { BackgroundAdapters } from './adapters';
import { EffectsRunner } from './effects-runner';
import type { StretchWindow } from '../ui/stretch-window';
import { HISTORY_WAIT_MS, HistoryOutbox, within } from './history-outbox';
import { serial } from '../core/serial';

/** What storage.local holds for the engine. */
export interface EngineRecord {
  state: SchedulerState;
  outbox: HistoryEvent[];
  /**
   * Reminders shown or withdrawn by a step whose worker may be stopped before carrying them out.
   * Alarms and badge are re-stated by every step, so they heal by themselves; a reminder is a
   * one-off and is retried from here on the next start instead.
   */
  pending: OneShot[];
}

/** What the background brings to the engine: scheduler events, less what the engine adds itself. */
type Observed = Extract<SchedulerEvent, { obs: Observation }>;
type WithoutObs<E> = E extends unknown ? Omit<E, 'obs'> : never;
export type EngineEvent =
  | Exclude<SchedulerEvent, Observed>
  | WithoutObs<Exclude<Observed, { type: 'start' | 'settings' }>>
  /** New settings from storage; the engine remembers the old ones for the step. */
  | { type: 'settings'; settings: Settings };

/** step() turned the request down; nothing changed. */
export class RefusedError extends Error {
  override name = 'RefusedError';
  constructor(readonly reason: Refusal) {
    super(`refused: ${reason}`);
  }
}

type OneShot = Extract<Effect, { type: 'notify' | 'clearNotification' }>;
const isOneShot = (e: Effect): e is OneShot => e.type === 'notify' || e.type === 'clearNotification';

export class Engine {
  private state!: SchedulerState;
  private settings: Settings = defaultSettings();
  private pending: OneShot[] = [];
  private readonly changeListeners: ((status: StatusView) => void)[] = [];
  private readonly effects: EffectsRunner;
  /** Events one at a time: each steps from the state the one before left. */
  private readonly serial = serial();
  readonly outbox: HistoryOutbox;

  /** `window` is the stretch window the reminders open (the same one the person's clicks raise). */
  constructor(
    private readonly a: BackgroundAdapters,
    window: StretchWindow,
  ) {
    this.effects = new EffectsRunner(a, window);
    this.outbox = new HistoryOutbox(() => a.openHistory(() => this.settings.historyRetentionDays), a.warn);
  }

  /** Loads settings and state, then reconciles: whatever came due while no one ran, happens now. */
  async start(): Promise<void> {
    try {
      this.settings = (await this.a.settings.load()).settings;
    } catch (error) {
      this.a.warn('settings unreadable; using defaults', error);
    }
    await this.applyIdleInterval();
    let loaded: { record: unknown; browserStarted: boolean } = { record: undefined, browserStarted: true };
    try {
      loaded = await this.a.stateStore.load();
    } catch (error) {
      this.a.warn('engine state unreadable; starting a fresh count', error);
    }
    const record = (loaded.record ?? {}) as Partial<EngineRecord>;
    const parsed = parseState(record.state);
    if ('problem' in parsed && parsed.problem !== 'missing') this.a.warn(`engine state ${parsed.problem}; starting a fresh count`);
    this.state = 'state' in parsed ? parsed.state : initialState(this.a.now());
    if (Array.isArray(record.outbox)) this.outbox.add(record.outbox);
    // Left over by a worker stopped mid-step: carried out by the start step below, after its
    // badge and alarms and before any reminder it adds, so the badge never lags a reminder.
    if (Array.isArray(record.pending) && record.pending.every(isOneShot)) this.pending = record.pending;
    const start: SchedulerEvent = { type: 'start', browserStarted: loaded.browserStarted, obs: await this.observe() };
    try {
      await this.stepNow(start);
    } catch (error) {
      // A state this version cannot step (a bug, or storage edited by hand) must not leave the
      // worker without a scheduler: start a fresh count rather than reject every message.
      this.a.warn('could not resume the stored state; starting a fresh count', error);
      this.state = initialState(this.a.now());
      await this.stepNow(start);
    }
  }

  /**
   * The one way in: runs the event through step() after every earlier one, then answers with the
   * status as it is now. Rejects with RefusedError when step() turned the request down.
   */
  dispatch(event: EngineEvent): Promise<StatusView> {
    return this.serial(async () => {
      const refused = await this.stepNow(await this.schedulerEvent(event));
      if (refused) throw new RefusedError(refused);
      return this.view();
    });
  }

  /** The status after every earlier event has been handled; changes nothing. */
  status(): Promise<StatusView> {
    return this.serial(async () => this.view());
  }

  /** Settles when every event queued so far has been handled. */
  async settled(): Promise<void> {
    await this.serial(async () => undefined);
  }

  /** Called with the status after every step (open pages follow it); may repeat an unchanged one. */
  onChange(listener: (status: StatusView) => void): void {
    this.changeListeners.push(listener);
  }

  /** The settings in force, read only: the background follows some of them (focus, mirror). */
  currentSettings(): Readonly<Settings> {
    return this.settings;
  }

  private view(): StatusView {
    return statusView(this.state, this.a.now(), this.settings);
  }

  /** Completes an event with what the browser sees now (and, for settings, what was in force). */
  private async schedulerEvent(event: EngineEvent): Promise<SchedulerEvent> {
    switch (event.type) {
      case 'settings': {
        const previous = this.settings;
        this.settings = event.settings;
        return { type: 'settings', previous, obs: await this.observe() };
      }
      case 'alarm':
      case 'presence':
      case 'focus':
      case 'media':
        return { ...event, obs: await this.observe() } as SchedulerEvent;
      default:
        return event;
    }
  }

  /** What the browser can tell about the user right now; unknown parts are left out. */
  private async observe(): Promise<Observation> {
    const obs: Observation = {};
    const [presence, windows, audible] = await Promise.allSettled([
      this.a.idle.queryState(this.settings.idleDetectionSec),
      this.a.windows.query(),
      this.a.media.anyAudible(),
    ]);
    if (presence.status === 'fulfilled') obs.presence = presence.value;
    if (windows.status === 'fulfilled') obs.focused = windows.value.focused;
    if (windows.status === 'fulfilled' || audible.status === 'fulfilled') {
      obs.media = (windows.status === 'fulfilled' && windows.value.fullscreen) || (audible.status === 'fulfilled' && audible.value);
    }
    return obs;
  }

  /** Steps, saves (with the history outbox), then carries out the effects. Only inside serial(). */
  private async stepNow(event: SchedulerEvent): Promise<Refusal | null> {
    const { state, effects, refused } = step(this.state, event, this.a.now(), this.settings);
    this.state = state;
    this.outbox.add(effects.flatMap((e) => (e.type === 'history' ? [e.event] : [])));
    this.pending.push(...effects.filter(isOneShot));
    await this.save();
    await this.effects.run(
      effects.filter((e) => !isOneShot(e)),
      this.settings,
    );
    await this.runPending();
    await within(this.flushHistory(), HISTORY_WAIT_MS);
    if (this.changeListeners.length) {
      const view = this.view();
      for (const listener of this.changeListeners) listener(view);
    }
    return refused;
  }

  /** Carries out pending reminders; each is tried once (a retry loop could become a storm). */
  private async runPending(): Promise<void> {
    if (!this.pending.length) return;
    const todo = this.pending;
    this.pending = [];
    await this.effects.run(todo, this.settings);
    await this.save();
  }

  /** Called after history was written, outside the event queue (start.ts shares the days). */
  historyWritten: (events: HistoryEvent[]) => void = () => undefined;

  private async flushHistory(): Promise<void> {
    if (!(await this.outbox.flush())) return;
    await this.save();
    this.historyWritten(this.outbox.lastWritten);
  }

  private async save(): Promise<void> {
    const record: EngineRecord = { state: this.state, outbox: this.outbox.pending, pending: this.pending };
    try {
      await this.a.stateStore.save(record);
    } catch (error) {
      // The state lives on in memory; the next successful save catches up.
      this.a.warn('could not save the engine state', error);
    }
  }

  /** Before the first step: the interval the settings ask for (each step then states its own). */
  private async applyIdleInterval(): Promise<void> {
    try {
      await this.effects.setIdleInterval(this.settings.idleDetectionSec);
    } catch (error) {
      this.a.warn('could not set the idle detection interval', error);
    }
  }
}
