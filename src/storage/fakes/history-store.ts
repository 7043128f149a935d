import type { HistoryEvent } from '../../core/history/event';
import { addToDay, dayKey, emptyDay, type DaySummary } from '../../core/history/day';
import type { HistoryStore } from '../history/store';

/** In-memory history that behaves like the IndexedDB store (deep copies, summaries). */
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

  async days(fromDay: string, toDay: string): Promise<DaySummary[]> {
    return [...this.daySummaries.values()]
      .filter((d) => d.day >= fromDay && d.day <= toDay)
      .sort((a, b) => (a.day < b.day ? -1 : 1))
      .map((d) => structuredClone(d));
  }

  async everything(): Promise<{ events: HistoryEvent[]; days: DaySummary[] }> {
    const events = [...this.events.values()].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { events: events.map((e) => structuredClone(e)), days: await this.days('', '\uffff') };
  }

  async clear(): Promise<void> {
    this.events.clear();
    this.daySummaries.clear();
  }

  close(): void {}
}
