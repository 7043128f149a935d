// The history in storage.local, when IndexedDB cannot be opened (Firefox private mode, a broken
// backing store): the same reads and writes, on one value.
import type { HistoryEvent } from '../../core/history/event';
import { addToDay, dayKey, emptyDay, type DaySummary } from '../../core/history/day';
import type { StorageArea } from '../../platform/storage-area';
import type { HistoryStore } from './store';
import type { NoticeBoard } from './notices';
import { compactionPlan, retentionCutoff } from '../../core/history/retention';
import { describeError, isQuotaError } from './errors';
import { FALLBACK_KEY } from '../keys';
import { serial } from '../../core/serial';

interface FallbackData {
  events: HistoryEvent[];
  days: Record<string, DaySummary>;
}

/** Reads the fallback history; anything unreadable counts as empty rather than breaking start-up. */
export async function readFallback(area: StorageArea): Promise<FallbackData> {
  const value = (await area.get(FALLBACK_KEY).catch(() => undefined)) as Partial<FallbackData> | undefined;
  const events = Array.isArray(value?.events) ? value.events : [];
  const days = typeof value?.days === 'object' && value.days !== null ? value.days : {};
  return { events, days };
}

const byDay = (a: DaySummary, b: DaySummary) => (a.day < b.day ? -1 : 1);
const byTime = (a: HistoryEvent, b: HistoryEvent) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The whole history is one value, so every write is one atomic set(); calls are queued so two
 * writes from this context never interleave their read-modify-write.
 */
export class LocalHistoryStore implements HistoryStore {
  readonly backend = 'fallback' as const;
  private readonly serial = serial();

  constructor(
    private readonly area: StorageArea,
    private readonly notices: NoticeBoard,
    private readonly retentionDays: () => number,
  ) {}

  append(event: HistoryEvent): Promise<void> {
    return this.serial(async () => {
      const data = await readFallback(this.area);
      if (data.events.some((e) => e.id === event.id)) return;
      const key = dayKey(event.at);
      data.events.push(structuredClone(event));
      data.days[key] = addToDay(data.days[key] ?? emptyDay(key), event);
      const cutoff = retentionCutoff(event.at, this.retentionDays());
      if (cutoff !== null) data.events = data.events.filter((e) => e.at >= cutoff);
      await this.write(data, event.at);
    });
  }

  /** Writes, dropping old raw events step by step when storage.local is full. */
  private async write(data: FallbackData, nowMs: number): Promise<void> {
    try {
      await this.area.set(FALLBACK_KEY, data);
      return;
    } catch (err) {
      if (!isQuotaError(err)) return this.notices.add('historyWriteFailed', describeError(err));
    }
    for (const { keepDays, beforeMs } of compactionPlan(nowMs)) {
      const kept = data.events.filter((e) => e.at >= beforeMs);
      try {
        await this.area.set(FALLBACK_KEY, { ...data, events: kept });
        return this.notices.add('historyCompacted', `${data.events.length - kept.length}:${keepDays}`);
      } catch (err) {
        if (!isQuotaError(err)) return this.notices.add('historyWriteFailed', describeError(err));
      }
    }
    return this.notices.add('historyFull');
  }

  async days(fromDay: string, toDay: string): Promise<DaySummary[]> {
    const { days } = await readFallback(this.area);
    return Object.values(days)
      .filter((d) => d.day >= fromDay && d.day <= toDay)
      .sort(byDay);
  }

  async everything(): Promise<{ events: HistoryEvent[]; days: DaySummary[] }> {
    const data = await readFallback(this.area);
    return { events: data.events.sort(byTime), days: Object.values(data.days).sort(byDay) };
  }

  clear(): Promise<void> {
    return this.serial(() => this.area.remove(FALLBACK_KEY));
  }

  close(): void {}
}
