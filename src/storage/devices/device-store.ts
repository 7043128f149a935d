// This device's summary in storage.sync, and the other devices' summaries for the stats page.
// Sharing is a bonus: nothing here throws, a full or missing sync area leaves this device's own
// stats exactly as they were, and the settings (which share the area) always keep room to save.
import { decodeSummary, encodeSummary } from '../../core/devices/encoding';
import { itemBytes, planItem } from '../../core/devices/quota';
import type { DeviceDay, DeviceSummary } from '../../core/devices/summary';
import { isQuotaError } from '../history/errors';
import type { StorageArea } from '../../platform/storage-area';
import type { SyncArea } from '../../platform/sync-area';
import { cleanName, randomDeviceId, readRecord, type LocalDeviceRecord } from './identity';
import { DEVICE_KEY_PREFIX, deviceKey, LOCAL_DEVICE_KEY } from '../keys';

/**
 * At most one write per this interval: a day changes with every break, and a burst of events
 * (a snooze, then a skip) should cost one write, not three. Two minutes means at most 30 writes
 * an hour, far inside the browser's 1,800, which the settings share.
 */
export const MIN_WRITE_INTERVAL_MS = 2 * 60_000;
/** After the browser refused a write for its rate, try again after this long. */
const RATE_RETRY_MS = 60_000;

export interface DeviceStoreDeps {
  /** null when the browser offers no storage.sync. */
  sync: SyncArea | null;
  local: StorageArea;
  now(): number;
  newId?: () => string;
}

export type PublishResult =
  | { kind: 'unchanged' }
  | { kind: 'written'; droppedDays: number }
  /** Written later: call publish again at retryAt (the background sets an alarm). */
  | { kind: 'throttled'; retryAt: number }
  /** No sync area, or it refused for another reason than its quota: kept on this device. */
  | { kind: 'localOnly' }
  /** Not even today fits beside the other devices: kept on this device. */
  | { kind: 'noRoom' };

export interface DevicesRead {
  thisId: string;
  thisName: string;
  /** Every other device that shared a readable summary, most recently updated first. */
  others: DeviceSummary[];
  /** Ids of items this version cannot read (damaged, or from a newer version); left alone. */
  unreadable: string[];
  /** False when stats cannot be shared: no sync area, it fails, or the last write was refused. */
  shared: boolean;
  /** The last write found no room beside the other devices: they do not see this one. */
  full: boolean;
}

const isRateError = (e: unknown) => /MAX_WRITE_OPERATIONS|MAX_SUSTAINED/i.test(String((e as Error)?.message ?? e));

export class DeviceStore {
  private queue: Promise<unknown> = Promise.resolve();
  constructor(private readonly d: DeviceStoreDeps) {}

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** This device's id and name, made the first time they are asked for (on install). */
  identity(): Promise<LocalDeviceRecord> {
    return this.serial(() => this.record());
  }

  private async record(): Promise<LocalDeviceRecord> {
    const found = await readRecord(this.d.local);
    if (found) return found;
    const made: LocalDeviceRecord = { id: (this.d.newId ?? randomDeviceId)(), name: '', written: null, writtenAt: null, status: 'synced' };
    await this.d.local.set(LOCAL_DEVICE_KEY, made);
    return made;
  }

  private save(r: LocalDeviceRecord): Promise<void> {
    return this.d.local.set(LOCAL_DEVICE_KEY, r).catch(() => undefined);
  }

  /**
   * Shares this device's days when they differ from what sync holds, at most once per
   * MIN_WRITE_INTERVAL_MS unless `force`. Never rejects.
   */
  publish(days: readonly DeviceDay[], opts: { force?: boolean } = {}): Promise<PublishResult> {
    return this.serial(async () => {
      let r: LocalDeviceRecord;
      try {
        r = await this.record();
      } catch {
        return { kind: 'localOnly' } as const;
      }
      const content = JSON.stringify(encodeSummary({ name: r.name, updatedAt: 0, days: [...days] }));
      if (content === r.written && r.status === 'synced') return { kind: 'unchanged' } as const;
      // Nothing to tell (a new install, or right after "Delete all data"): no empty item.
      if (days.length === 0 && r.written === null) return { kind: 'unchanged' } as const;
      const now = this.d.now();
      // A clock set back (now before the last write) must not hold writes up until it catches up.
      if (!opts.force && r.writtenAt !== null && now >= r.writtenAt && now - r.writtenAt < MIN_WRITE_INTERVAL_MS) {
        return { kind: 'throttled', retryAt: r.writtenAt + MIN_WRITE_INTERVAL_MS } as const;
      }
      const result = await this.write(r, { id: r.id, name: r.name, updatedAt: now, days: [...days] });
      if (result.kind === 'written') await this.save({ ...r, written: content, writtenAt: now, status: 'synced' });
      else if (result.kind === 'localOnly' || result.kind === 'noRoom') await this.save({ ...r, status: result.kind === 'noRoom' ? 'full' : 'localOnly', written: null });
      return result;
    });
  }

  private async write(r: LocalDeviceRecord, summary: DeviceSummary): Promise<PublishResult> {
    const sync = this.d.sync;
    if (!sync) return { kind: 'localOnly' };
    const key = deviceKey(r.id);
    // Twice: another device may have grown between our measuring and our writing.
    for (let attempt = 0; attempt < 2; attempt++) {
      let others: { bytes: number; items: number };
      try {
        others = usageWithout(await sync.getAll(), key);
      } catch {
        return { kind: 'localOnly' };
      }
      const plan = planItem(key, summary, others);
      if (plan.kind === 'noRoom') {
        // Better no summary than a stale one that looks current.
        await sync.remove([key]).catch(() => undefined);
        return { kind: 'noRoom' };
      }
      try {
        await sync.set({ [key]: plan.value });
        return { kind: 'written', droppedDays: plan.droppedDays };
      } catch (error) {
        if (isRateError(error)) return { kind: 'throttled', retryAt: this.d.now() + RATE_RETRY_MS };
        if (!isQuotaError(error)) return { kind: 'localOnly' };
      }
    }
    return { kind: 'noRoom' };
  }

  /** Renames this device here and, if it shares a summary, there too (one write, now). */
  rename(name: string): Promise<void> {
    return this.serial(async () => {
      const r = await this.record();
      const clean = cleanName(name);
      await this.d.local.set(LOCAL_DEVICE_KEY, { ...r, name: clean, written: null });
      const sync = this.d.sync;
      if (!sync) return;
      try {
        const key = deviceKey(r.id);
        const item = (await sync.getAll())[key];
        if (item === undefined) return;
        const read = decodeSummary(r.id, item);
        if (!read.ok) return;
        const summary = { ...read.summary, name: clean, updatedAt: this.d.now() };
        const value = encodeSummary(summary);
        if (itemBytes(key, value) > itemBytes(key, item)) {
          // A longer name could tip the area over; the next publish plans the size properly.
          const plan = planItem(key, summary, usageWithout(await sync.getAll(), key));
          if (plan.kind === 'write') await sync.set({ [key]: plan.value });
          return;
        }
        await sync.set({ [key]: value });
      } catch {
        // The name is saved here; the next publish carries it.
      }
    });
  }

  /** The other devices' summaries, and whether this device can share its own. Never rejects. */
  async read(): Promise<DevicesRead> {
    const r = await this.identity().catch(() => null);
    const thisId = r?.id ?? '';
    const out: DevicesRead = { thisId, thisName: r?.name ?? '', others: [], unreadable: [], shared: false, full: false };
    if (!this.d.sync) return out;
    let all: Record<string, unknown>;
    try {
      all = await this.d.sync.getAll();
    } catch {
      return out;
    }
    out.shared = r?.status !== 'localOnly';
    out.full = r?.status === 'full';
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(DEVICE_KEY_PREFIX)) continue;
      const id = key.slice(DEVICE_KEY_PREFIX.length);
      if (id === thisId) continue;
      const read = decodeSummary(id, value);
      if (read.ok) out.others.push(read.summary);
      else out.unreadable.push(id);
    }
    out.others.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));
    return out;
  }

  /** Removes another device's summary ("Forget this device"); this device's own is not forgotten this way. */
  async forget(id: string): Promise<void> {
    const r = await this.identity();
    if (id === r.id) throw new Error('This device cannot be forgotten from itself; delete all data instead.');
    if (!this.d.sync) return;
    await this.d.sync.remove([deviceKey(id)]);
  }

  /** "Delete all data": this device's summary leaves sync; its id and name stay, with nothing written. */
  removeOwn(): Promise<void> {
    return this.serial(async () => {
      const r = await this.record();
      await this.save({ ...r, written: null, writtenAt: null });
      // Sync off right now: the local data still goes; the item is left to the browser's sync.
      if (this.d.sync) await this.d.sync.remove([deviceKey(r.id)]).catch(() => undefined);
    });
  }
}

function usageWithout(all: Record<string, unknown>, key: string): { bytes: number; items: number } {
  let bytes = 0;
  let items = 0;
  for (const [k, v] of Object.entries(all)) {
    if (k === key) continue;
    bytes += itemBytes(k, v);
    items += 1;
  }
  return { bytes, items };
}
