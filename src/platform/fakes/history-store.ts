import type { HistoryEvent } from '../../core/history/event';
import type { HistoryStore } from '../history/store';

export class FakeHistoryStore implements HistoryStore {
  readonly events = new Map<string, HistoryEvent>();

  async append(event: HistoryEvent): Promise<void> {
    if (!this.events.has(event.id)) this.events.set(event.id, structuredClone(event));
  }

  async range(fromMs: number, toMs: number): Promise<HistoryEvent[]> {
    return [...this.events.values()]
      .filter((e) => e.at >= fromMs && e.at < toMs)
      .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))
      .map((e) => structuredClone(e));
  }

  async countTaken(fromMs: number, toMs: number): Promise<number> {
    return (await this.range(fromMs, toMs)).filter((e) => e.type === 'taken').length;
  }

  async clear(): Promise<void> {
    this.events.clear();
  }

  close(): void {}
}
