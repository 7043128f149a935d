// What the scheduler wants done, as plain data. The background carries these out through the
// platform adapters; tests read them directly. Text is named by locale key, never written here,
// so the pure core stays free of translations and time formatting.
import type { HistoryEvent } from '../history/event';
import type { BreakKind } from '../breaks/kinds';
import type { AlarmName } from './events';

/** A translatable text: a locale key and its substitutions; `{ time }` is formatted as a clock time. */
export interface LocalText {
  key: string;
  args: (number | { time: number })[];
}

export type BadgeTone = 'normal' | 'due' | 'paused';

export type Effect =
  /**
   * Keep an alarm at `at`. periodMs makes it fire again if its event is lost (the worker can be
   * stopping just as it fires); the background re-creates it only if the stored one differs.
   */
  | { type: 'alarm'; name: AlarmName; at: number; periodMs: number }
  | { type: 'clearAlarm'; name: AlarmName }
  | { type: 'badge'; text: LocalText | null; title: LocalText; tone: BadgeTone }
  /** Show the reminder for one due break; `episode` names that due break, `nudge` the re-nudge. */
  | { type: 'notify'; episode: string; kind: BreakKind; nudge: boolean; canSnooze: boolean }
  | { type: 'clearNotification' }
  /** The idle API's detection interval to have now (short inside the nudge window). */
  | { type: 'idleInterval'; seconds: number }
  | { type: 'history'; event: HistoryEvent };

/** Collects effects during one step. */
export class EffectList {
  readonly items: Effect[] = [];

  push(effect: Effect): void {
    this.items.push(effect);
  }

  history(event: HistoryEvent): void {
    this.items.push({ type: 'history', event });
  }
}
