// The history in IndexedDB as the pages read it: ranges, daily summaries, export and clearing,
// on top of the writer the background uses.
import type { HistoryEvent } from '../../core/history/event';
import type { DaySummary } from '../../core/history/day';
import type { HistoryStore } from './store';
import { IdbHistoryWriter, inTx } from './idb-writer';

export class IdbHistoryStore extends IdbHistoryWriter implements HistoryStore {
  async range(fromMs: number, toMs: number): Promise<HistoryEvent[]> {
    if (!(fromMs < toMs)) return [];
    return this.use((db) => db.getAllFromIndex('events', 'at', IDBKeyRange.bound(fromMs, toMs, false, true)));
  }

  async clear(): Promise<void> {
    await this.use((db) => {
      const tx = db.transaction(['events', 'days'], 'readwrite');
      return inTx(tx, () => Promise.all([tx.objectStore('events').clear(), tx.objectStore('days').clear()]));
    });
  }

  /** Every raw event (oldest first) and summary, for export, read in one transaction. */
  async everything(): Promise<{ events: HistoryEvent[]; days: DaySummary[] }> {
    return this.use(async (db) => {
      const tx = db.transaction(['events', 'days']);
      const [events, days] = await Promise.all([tx.objectStore('events').index('at').getAll(), tx.objectStore('days').getAll()]);
      return { events, days };
    });
  }
}
