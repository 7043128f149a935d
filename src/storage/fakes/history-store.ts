import type { HistoryEvent } from '../../core/history/event';
import { addToDay, dayKey, emptyDay, type DaySummary } from '../../core/history/day';
import type { HistoryStore } from '../history/store';

/** In-memory history that behaves like the IndexedDB store (deep copies, summaries, pruning). */
export class FakeHistoryStore implements HistoryStore {
  readonly backend = 'memory' as const;
  readonly events = new Map<string, HistoryEvent>();
  readonly daySummaries = new Map<string, DaySummary>();

  async append(event: HistoryEvent): Promise<void> {
    if (this.events.has(event.id)) return;
    this.events.set(event.id, structuredClone(event));
    const key = dayKey(event.at);
    this.daySummaries.set(key, addToDay(this.daySummaries.get(key) ?? emptyDay(key), event));
  }

  async range(fromMs: number, toMs: number): Promise<HistoryEvent[]> {
    return [...this.events.values()]
      .filter((e) => e.at >= fromMs && e.at < toMs)
      .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((e) => structuredClone(e));
  }

  async days(fromDay: string, toDay: string): Promise<DaySummary[]> {
    return [...this.daySummaries.values()]
      .filter((d) => d.day >= fromDay && d.day <= toDay)
      .sort((a, b) => (a.day < b.day ? -1 : 1))
      .map((d) => structuredClone(d));
  }

  async everything(): Promise<{ events: HistoryEvent[]; days: DaySummary[] }> {
    return { events: await this.range(-Infinity, Infinity), days: await this.days('', '\uffff') };
  }

  async prune(beforeMs: number): Promise<number> {
    let removed = 0;
    for (const [id, e] of this.events) {
      if (e.at < beforeMs) {
        this.events.delete(id);
        removed += 1;
      }
    }
    return removed;
  }

  async clear(): Promise<void> {
    this.events.clear();
    this.daySummaries.clear();
  }

  close(): void {}
}
