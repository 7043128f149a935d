// An extension page that runs no extension code (the extension's own manifest.json, shown as
// text) from which the bench acts like a user: it sends the messages the popup sends, writes the
// settings the options page writes, and looks at alarms and notifications. Calls made here are
// the page's, so they neither wake nor keep alive the worker; only the messages do, as in real use.
import { openPage } from './page.mjs';
import { settingsRecord } from './settings.mjs';

export class Control {
  /** @param {import('./browser.mjs').Browser} browser */
  constructor(browser) {
    this.browser = browser;
  }

  async open() {
    this.page = await openPage(this.browser, this.browser.url('manifest.json'));
    return this;
  }

  /** @param {string} expression @param {number} [timeoutMs] */
  evaluate(expression, timeoutMs) {
    if (!this.page) throw new Error('control page not open');
    return this.page.evaluate(expression, timeoutMs);
  }

  /**
   * Sends a runtime message; resolves with the reply, or with { error } when nobody listens or
   * no answer comes within 15 s of wall time (the page's own timers run on the faked clock).
   * @param {unknown} message
   */
  async message(message) {
    try {
      return await this.evaluate(
        `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => ({ reply: r ?? null }), (e) => ({ error: String(e && e.message || e) }))`,
        15_000,
      );
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }

  /**
   * A message in the project's envelope (src/shared/messages.ts).
   * @param {string} type
   * @param {unknown} [payload]
   */
  send(type, payload) {
    return this.message({ unhunch: 1, type, payload });
  }

  /** @param {Record<string, unknown>} changes settings to change from the defaults */
  async setSettings(changes) {
    const now = await this.evaluate('Date.now()');
    const record = await settingsRecord(changes, now);
    await this.evaluate(`chrome.storage.sync.set({ settings: ${JSON.stringify(record)} }).then(() => true)`);
  }

  /** @returns {Promise<string[]>} ids of the extension's notifications on screen */
  async notificationIds() {
    return Object.keys(await this.evaluate('chrome.notifications ? chrome.notifications.getAll() : {}'));
  }

  /** @param {string} name @returns {Promise<{ scheduledTime: number, periodInMinutes?: number } | null>} */
  async alarm(name) {
    return (await this.evaluate(`chrome.alarms ? chrome.alarms.get(${JSON.stringify(name)}).then((a) => a ?? null) : null`)) ?? null;
  }

  async close() {
    await this.page?.close();
  }
}

/**
 * Closes every tab showing one of the extension's pages (an onboarding tab opened on install
 * would otherwise keep the extension's process alive and send messages of its own).
 * @param {import('./browser.mjs').Browser} browser
 * @returns {Promise<string[]>} the closed pages' URLs
 */
export async function closeExtensionTabs(browser) {
  const { targetInfos } = await browser.cdp.send('Target.getTargets');
  const prefix = browser.url('');
  /** @type {string[]} */
  const closed = [];
  for (const t of targetInfos) {
    if (t.type === 'page' && t.url.startsWith(prefix)) {
      closed.push(t.url.slice(prefix.length));
      await browser.cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
    }
  }
  return closed;
}

/**
 * Applies the settings, then opens the popup's conversation (status/get) so the engine has
 * surely finished starting: under a fast clock the install run's 30 s idle allowance is a
 * fraction of a wall second, and a busy machine can let it lapse before the engine has stored
 * its state and alarms. A real user's first popup does the same.
 * @param {Control} control
 * @param {Record<string, unknown>} settings
 * @param {string[]} notes
 */
export async function prepareEngine(control, settings, notes) {
  await control.setSettings(settings);
  const status = await control.send('status/get');
  if (status.error) notes.push(`status/get failed: ${status.error}`);
  if (!(await control.alarm('break'))) notes.push('no "break" alarm after start-up');
}
