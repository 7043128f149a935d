import browser from './browser';
import type { Presence } from '../core/scheduler/events';

/** The idle API's floor in both browsers; lower values throw. */
export const MIN_DETECTION_SEC = 15;

/** chrome.idle / browser.idle: whether anyone used the machine lately. Firefox has no 'locked'. */
export interface IdleAdapter {
  /** Per extension and not persisted: set on every worker start. */
  setDetectionInterval(seconds: number): void;
  queryState(seconds: number): Promise<Presence>;
  onStateChanged(listener: (state: Presence) => void): void;
}

const clamp = (seconds: number) => Math.max(MIN_DETECTION_SEC, Math.round(seconds));

export function browserIdle(): IdleAdapter {
  return {
    setDetectionInterval(seconds) {
      browser.idle.setDetectionInterval(clamp(seconds));
    },
    queryState: (seconds) => browser.idle.queryState(clamp(seconds)),
    onStateChanged(listener) {
      browser.idle.onStateChanged.addListener(listener);
    },
  };
}
