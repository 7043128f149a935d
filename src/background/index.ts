import browser from '../platform/browser';
import { defaults } from '../core/settings/defaults';

// Walking skeleton; replaced by the break engine.
const BREAK_ALARM = 'break';
browser.alarms.onAlarm.addListener(() => {});
void browser.alarms.get(BREAK_ALARM).then((existing) => {
  if (!existing) void browser.alarms.create(BREAK_ALARM, { delayInMinutes: defaults.breakIntervalMin });
});
