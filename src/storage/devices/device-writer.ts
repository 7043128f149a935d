// This device's summary in storage.sync: what the background needs, its id and the write. The
// pages' reads, rename and forget are in device-store.ts, which extends this class, so they stay
// out of the worker's bundle: with the decoding they need, 0.8 KB gzipped (the history stores
// would save less than 0.3 KB, so they are whole). Sharing is a bonus: nothing here throws, a
// full or missing sync area leaves this device's own stats exactly as they were, and the
// settings (which share the area) always keep room to save.
import { encodeSummary } from '../../core/devices/encoding';
import { itemBytes, planItem } from '../../core/devices/quota';
import type { DeviceDay, DeviceSummary } from '../../core/devices/summary';
import { isQuotaError } from '../history/errors';
import type { StorageArea } from '../../platform/storage-area';
import type { SyncArea } from '../../platform/sync-area';
import { randomDeviceId, readRecord, type LocalDeviceRecord } from './identity';
import { deviceKey, LOCAL_DEVICE_KEY } from '../keys';
import { serial } from '../../core/serial';

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

const isRateError = (e: unknown) => /MAX_WRITE_OPERATIONS|MAX_SUSTAINED/i.test(String((e as Error)?.message ?? e));

export class DeviceWriter {
  /** Read-modify-write of this device's record, one at a time. */
  protected readonly serial = serial();
  constructor(protected readonly d: DeviceStoreDeps) {}

  /** This device's id and name, made the first time they are asked for (on install). */
  identity(): Promise<LocalDeviceRecord> {
    return this.serial(() => this.record());
  }

  protected async record(): Promise<LocalDeviceRecord> {
    const found = await readRecord(this.d.local);
    if (found) return found;
    const made: LocalDeviceRecord = { id: (this.d.newId ?? randomDeviceId)(), name: '', written: null, writtenAt: null, status: 'synced' };
    await this.d.local.set(LOCAL_DEVICE_KEY, made);
    return made;
  }

  protected save(r: LocalDeviceRecord): Promise<void> {
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
      else if (result.kind === 'localOnly' || result.kind === 'noRoom')
        await this.save({ ...r, status: result.kind === 'noRoom' ? 'full' : 'localOnly', written: null });
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
}

/** Bytes and items the sync area holds without `key`: the room this device has to share in. */
export function usageWithout(all: Record<string, unknown>, key: string): { bytes: number; items: number } {
  let bytes = 0;
  let items = 0;
  for (const [k, v] of Object.entries(all)) {
    if (k === key) continue;
    bytes += itemBytes(k, v);
    items += 1;
  }
  return { bytes, items };
}
