// The storage.local history as the pages read it, on top of the writer the background uses.
import type { HistoryEvent } from '../../core/history/event';
import type { DaySummary } from '../../core/history/day';
import type { HistoryStore } from './store';
import { FALLBACK_KEY } from '../keys';
import { LocalHistoryWriter, readFallback } from './local-writer';

export { readFallback, type FallbackData } from './local-writer';

const byDay = (a: DaySummary, b: DaySummary) => (a.day < b.day ? -1 : 1);

export class LocalHistoryStore extends LocalHistoryWriter implements HistoryStore {
  async range(fromMs: number, toMs: number): Promise<HistoryEvent[]> {
    const { events } = await readFallback(this.area);
    return events.filter((e) => e.at >= fromMs && e.at < toMs).sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async everything(): Promise<{ events: HistoryEvent[]; days: DaySummary[] }> {
    const data = await readFallback(this.area);
    return { events: await this.range(-Infinity, Infinity), days: Object.values(data.days).sort(byDay) };
  }

  prune(beforeMs: number): Promise<number> {
    return this.serial(async () => {
      const data = await readFallback(this.area);
      const kept = data.events.filter((e) => !(e.at < beforeMs));
      if (kept.length === data.events.length) return 0;
      await this.area.set(FALLBACK_KEY, { ...data, events: kept });
      return data.events.length - kept.length;
    });
  }

  clear(): Promise<void> {
    return this.serial(() => this.area.remove(FALLBACK_KEY));
  }
}
