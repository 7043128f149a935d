// Steps of the device tests: a break taken through the real background, the summary it shares in
// storage.sync, and a second device's summary written there.
import { encodeSummary } from '../../../src/core/devices/encoding';
import { addDays } from '../../../src/core/history/day';
import { DEVICE_KEY_PREFIX, deviceKey } from '../../../src/storage/keys';
import type { ExtPage, Run } from './driver';

export const OTHER_ID = 'desk0001';
export const OTHER_KEY = deviceKey(OTHER_ID);

/** The browser's own local date, which is the date this device files its breaks under. */
export function browserToday(page: ExtPage): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

/** Takes one break through the background's messages, as the popup does. */
export async function takeBreak(run: Run): Promise<void> {
  await run.send('break/now');
  await run.send('break/done', { stretchIds: ['chair-twist'], durationMs: 70_000, completed: true });
}

/** Everything in storage.sync. */
export async function syncItems(run: Run): Promise<Record<string, unknown>> {
  return (await run.control()).evaluate(() => browser.storage.sync.get(null));
}

/** The device summaries among storage.sync's items. */
export const deviceKeys = (items: Record<string, unknown>) => Object.keys(items).filter((k) => k.startsWith(DEVICE_KEY_PREFIX));

/** A second device ("Office desktop") that took 3 breaks today and 2 yesterday, in its own summary. */
export async function writeOtherDevice(run: Run, today: string): Promise<void> {
  const day = (d: string, taken: number) => ({
    day: d,
    taken,
    skipped: 1,
    natural: 0,
    activeMin: 200,
    breakSec: 240,
    stretches: { 'eagle-arms': taken },
  });
  const value = encodeSummary({
    name: 'Office desktop',
    updatedAt: Date.now() - 3_600_000,
    days: [day(addDays(today, -1), 2), day(today, 3)],
  });
  await run.storageSet('sync', { [OTHER_KEY]: value });
}
