// What the history remembers. Events carry their own id, made by whoever produced them from the
// scheduler's state (not from a random source), so a write retried after the worker was stopped
// mid-way lands once.
import type { BreakKind } from '../breaks/kinds';

interface Base {
  id: string;
  /** Epoch ms. */
  at: number;
  /**
   * Active ms counted since the previous event that reported it. Optional so that producers
   * that do not track it (and events stored before it existed) stay valid; when present, the
   * stats page can show active time per day by summing it.
   */
  activeMs?: number;
}

export type HistoryEvent =
  /** earlyMs: brought forward to a pause in input this long before its time (scheduler/nudge.ts). */
  | (Base & { type: 'due'; kind: BreakKind; earlyMs?: number })
  /** stretchNames: the person's own stretches' names by id (BreakRecord); absent in older events. */
  | (Base & {
      type: 'taken';
      kind: BreakKind;
      stretchIds: string[];
      stretchNames?: Record<string, string>;
      durationMs: number;
      completed: boolean;
    })
  | (Base & { type: 'skipped'; kind: BreakKind })
  | (Base & { type: 'snoozed'; kind: BreakKind; untilMs: number })
  | (Base & { type: 'natural'; idleMs: number })
  | (Base & { type: 'paused'; untilMs: number | null })
  | (Base & { type: 'resumed' });
