// Assembles the background from adapters: real ones in index.ts, fakes in tests. Every listener
// is registered synchronously, before any await, so the browser can wake a stopped worker for its
// events; each waits for the one `ready` promise that restores the state first.
import type { AlarmName } from '../core/scheduler/events';
import type { BackgroundAdapters } from './adapters';
import { Engine, RefusedError } from './engine';
import { messageHandlers } from './handlers';
import { popupSettings } from '../core/settings/popup-settings';
import { NOTIFICATION_PREFIX } from './render';
import { STRETCH_WINDOW_PAGE, stretchWindow } from '../ui/stretch-window';
import { DEVICE_ALARM, DevicePublisher } from './device-publisher';
import { livePages } from './live-pages';
import { customStretchesSync } from './custom-stretches-sync';

const ALARMS: readonly string[] = ['break', 'heartbeat', 'nudge'] satisfies AlarmName[];
/** Index of the Snooze button in a reminder (Start stretch is 0). */
const SNOOZE_BUTTON = 1;

export interface Background {
  engine: Engine;
  ready: Promise<void>;
  /** Settles when every event received so far has been handled (tests wait on it). */
  idle(): Promise<void>;
}

export function startBackground(a: BackgroundAdapters): Background {
  const window = stretchWindow({ windows: a.windows, store: a.delivery, url: a.runtime.getURL(STRETCH_WINDOW_PAGE) });
  const engine = new Engine(a, window);
  const showStretch = () => window.show(a.action);
  /** A reminder was clicked: it has done its job; show the stretch. */
  const openFromNotification = async (id: string): Promise<void> => {
    await a.notifications.clear(id).catch(() => undefined);
    await showStretch();
  };
  const ready = engine.start();
  let inFlight: Promise<unknown> = ready;

  /**
   * Runs a handler after `ready`; a failure is reported, never left unhandled. Handlers are not
   * queued behind one another: what must not interleave queues itself with serial() (the engine
   * its events, the stretch window, the device store), so a slow sync write never holds up an
   * alarm. `inFlight` only lets idle() wait for all of them.
   */
  const handle = (fn: () => Promise<unknown>): void => {
    const run = ready.then(fn).catch((error) => a.warn('background handler failed', error));
    inFlight = Promise.all([inFlight, run]);
  };

  // This device's days, shared with the person's other devices after history is written.
  const publisher = new DevicePublisher({
    devices: a.devices,
    readDays: async (fromDay) => (await engine.outbox.writer()).days(fromDay, '9999-12-31'),
    alarms: a.alarms,
    now: a.now,
    warn: a.warn,
  });
  // A break taken is shared at once (the end of a break is what the other devices should see);
  // other changes wait for the store's interval.
  engine.historyWritten = (events) => handle(() => publisher.publish({ force: events.some((e) => e.type === 'taken') }));

  a.alarms.onAlarm((alarm) => {
    if (alarm.name === DEVICE_ALARM) return handle(() => publisher.publish());
    if (!ALARMS.includes(alarm.name)) return;
    handle(() => engine.dispatch({ type: 'alarm', name: alarm.name as AlarmName, scheduledTime: alarm.scheduledTime }));
  });
  a.idle.onStateChanged((presence) => handle(() => engine.dispatch({ type: 'presence', presence })));
  // Focus changes only matter with "count only while a browser window has focus". The listener
  // is registered here like every other, then removed once the settings say the option is off,
  // so that the browser stops waking the worker at every window switch; a settings change puts
  // it back.
  const onFocus = (focused: boolean) =>
    handle(async () => {
      if (engine.currentSettings().countOnlyWhenFocused) await engine.dispatch({ type: 'focus', focused });
    });
  let focusOff: (() => void) | null = a.windows.onFocusChanged(onFocus);
  const followFocus = (): void => {
    const wanted = engine.currentSettings().countOnlyWhenFocused;
    if (wanted && !focusOff) focusOff = a.windows.onFocusChanged(onFocus);
    if (!wanted && focusOff) {
      focusOff();
      focusOff = null;
    }
  };
  handle(async () => followFocus());
  a.notifications.onClicked((id) => {
    if (id.startsWith(NOTIFICATION_PREFIX)) handle(() => openFromNotification(id));
  });
  a.notifications.onButtonClicked((id, index) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    // The button can outlive its snoozes (a second device, a late click): step() refuses then.
    if (index === SNOOZE_BUTTON) handle(() => engine.dispatch({ type: 'snooze' }).catch(ignoreRefusal));
    else handle(() => openFromNotification(id));
  });
  a.commands.onCommand((name) => {
    if (name === 'break-now') {
      handle(async () => {
        await engine.dispatch({ type: 'breakNow' });
        await showStretch();
      });
    } else if (name === 'toggle-pause') {
      handle(() => engine.dispatch({ type: 'togglePause' }));
    }
  });
  // Start-up is handled by `ready` on every worker start (storage.session tells a browser start);
  // these listeners make sure the browser wakes the worker for those moments at all.
  // The organisation's policy and the shared summary are looked at then too, never on the way
  // to a reminder: with no policy (nearly everyone) that is one quick empty read per browser start.
  const refreshPolicy = () => a.policy.refresh().catch((error) => a.warn('could not read the policy', error));
  // The person's own stretches: merged with the other devices' and shared within the quotas.
  const stretches = customStretchesSync(a.customStretches, handle, a.warn);
  a.runtime.onStartup(() =>
    handle(async () => {
      await refreshPolicy();
      await stretches.follow();
      await publisher.publish();
    }),
  );
  a.policy.onManagedChanged(() => handle(() => a.policy.refresh()));
  // A first install gets the welcome page and this device its id; an update stays quiet.
  a.runtime.onInstalled((reason) =>
    handle(async () => {
      if (reason === 'install') await a.runtime.openTab('welcome.html');
      await refreshPolicy();
      await stretches.follow();
      await a.devices.identity().catch((error) => a.warn('could not make the device id', error));
      await publisher.publish({ force: true });
    }),
  );
  // The popup paints from this copy; it is written only when it differs from the stored one.
  const mirror = () => a.popupSettings.keep(popupSettings(engine.currentSettings()));
  handle(mirror);
  a.settings.onChange((settings) =>
    handle(async () => {
      await engine.dispatch({ type: 'settings', settings });
      followFocus();
      await mirror();
    }),
  );
  a.listen(messageHandlers(engine, ready, a.now, a.settings));
  livePages(a, engine, handle);

  return {
    engine,
    ready,
    async idle() {
      let seen: Promise<unknown>;
      do {
        seen = inFlight;
        await seen;
        await engine.settled();
      } while (seen !== inFlight);
    },
  };
}

function ignoreRefusal(error: unknown): void {
  if (!(error instanceof RefusedError)) throw error;
}
