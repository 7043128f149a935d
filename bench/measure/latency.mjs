// (5) Break latency: from the moment a break is due (the 'break' alarm's scheduledTime) to its
// notification being on screen, under libfaketime with a 1-minute break interval. The page polls
// notifications in a tight loop on the browser's own (faked) clock; the simulated delay divided
// by the speed is the wall-clock delay. Each cycle the simulated user answers with break/done.
import { launch } from '../lib/browser.mjs';
import { Control, closeExtensionTabs, prepareEngine } from '../lib/control.mjs';
import { sleep } from '../lib/page.mjs';
import { median, quantile } from '../lib/stats.mjs';
import { WorkerWatch } from '../lib/worker-watch.mjs';

/**
 * @typedef {object} LatencyResult
 * @property {number} speed
 * @property {number} cycles
 * @property {number[]} wallMs per cycle
 * @property {number} medianMs
 * @property {number} p95Ms
 * @property {number} asleepAtDue cycles where the worker had to start to handle the break
 * @property {number} pollStepMs wall resolution of the measurement
 * @property {string[]} notes
 */

/**
 * Resolves in the page when a notification not in `before` shows, with the page's clock then.
 * @param {number} stepFakeMs
 * @param {number} deadlineFake
 */
const waitForNotification = (stepFakeMs, deadlineFake) => `(async () => {
  for (;;) {
    const ids = Object.keys(await chrome.notifications.getAll());
    const now = Date.now();
    if (ids.length) return { at: now, ids };
    if (now > ${deadlineFake}) return null;
    await new Promise((r) => setTimeout(r, ${stepFakeMs}));
  }
})()`;

/**
 * @param {import('../lib/extensions.mjs').Extension} ext
 * @param {{ speed: number, cycles: number, budgetMs: number }} options
 * @returns {Promise<LatencyResult>}
 */
export async function measureLatency(ext, { speed, cycles, budgetMs }) {
  const browser = await launch({ extensionDir: ext.dir, fakeClock: true });
  /** @type {string[]} */
  const notes = [];
  const pollStepMs = 5;
  try {
    const watch = await new WorkerWatch(browser).start();
    await watch.waitForWorker(15_000);
    await sleep(300);
    await closeExtensionTabs(browser);
    const control = await new Control(browser).open();
    // The shortest interval the settings allow; the badge countdown keeps its default (on).
    await prepareEngine(control, { breakIntervalMin: 1 }, notes);
    if (notes.length) throw new Error(`the extension did not start: ${notes.join('; ')}`);
    await sleep(300);
    await browser.setSpeed(speed);
    // A break that fell due before the new interval applied is answered and not counted.
    if ((await control.notificationIds()).length) await control.send('break/done', { stretchIds: [], durationMs: 0, completed: false });

    /** @type {number[]} */
    const wallMs = [];
    let asleepAtDue = 0;
    const deadline = Date.now() + budgetMs;
    let uncounted = 0;
    while (wallMs.length < cycles && Date.now() < deadline) {
      // The reply to break/done may come before the engine has re-planned its alarm: wait for a
      // 'break' alarm in the future, so the previous due time is never taken for the next one.
      let alarm = await control.alarm('break');
      for (let i = 0; i < 40 && alarm && alarm.scheduledTime <= (await control.evaluate('Date.now()')); i++) {
        await sleep(25);
        alarm = await control.alarm('break');
      }
      // A one-shot alarm (the minimal reminder's) is gone once it fired: at ×60 a 1-minute break
      // falls due a wall second after it was armed, and on a loaded machine that can pass before
      // this look. Its reminder then shows (or is about to): answered, and not counted.
      const shownBy = Date.now() + 1000;
      while (!alarm && !(await control.notificationIds()).length && Date.now() < shownBy) await sleep(25);
      if (!alarm && (await control.notificationIds()).length) {
        uncounted++;
        await control.send('break/done', { stretchIds: [], durationMs: 0, completed: false });
        continue;
      }
      if (!alarm) {
        notes.push('no "break" alarm scheduled after break/done');
        break;
      }
      // Whether the worker was asleep when the break fell due: wait for the due moment's
      // neighbourhood on the wall clock, then the poll below catches the notification.
      const now = await control.evaluate('Date.now()');
      const dueInWallMs = (alarm.scheduledTime - now) / speed;
      const stepsBefore = watch.startsSince(0);
      const shown = await control.evaluate(waitForNotification(pollStepMs * speed, alarm.scheduledTime + 5 * 60_000));
      if (!shown) {
        notes.push(`no notification within 5 simulated minutes of the due time (cycle ${wallMs.length + 1})`);
        break;
      }
      wallMs.push(Math.max(0, shown.at - alarm.scheduledTime) / speed);
      if (dueInWallMs > 100 && watch.startsSince(0) > stepsBefore) asleepAtDue++;
      await control.send('break/done', { stretchIds: [], durationMs: 0, completed: false });
      // The engine clears its notification on done; a leftover one would end the next wait at once.
      const clearBy = Date.now() + 2000;
      while ((await control.notificationIds()).length && Date.now() < clearBy) await sleep(20);
      const left = await control.notificationIds();
      if (left.length) {
        notes.push('notification still shown 2 s after break/done; the bench cleared it');
        await control.evaluate(`Promise.all(${JSON.stringify(left)}.map((id) => chrome.notifications.clear(id)))`);
      }
    }
    if (uncounted) notes.push(`${uncounted} break(s) fell due before the loop looked for the alarm; answered, not counted`);
    if (wallMs.length < cycles) notes.push(`only ${wallMs.length} of ${cycles} cycles completed`);
    const failedStarts = watch.failedStartsSince(0);
    if (failedStarts) notes.push(`${failedStarts} worker starts failed (machine too busy for ×${speed}?)`);
    await control.close();
    await watch.stop();
    return {
      speed,
      cycles: wallMs.length,
      wallMs,
      medianMs: median(wallMs),
      p95Ms: quantile(wallMs, 0.95),
      asleepAtDue,
      pollStepMs,
      notes: [...new Set(notes)],
    };
  } finally {
    await browser.close();
  }
}
