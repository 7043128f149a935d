// This device's summary in storage.sync, and the other devices' summaries for the stats page:
// the background's part (id and publishing) is DeviceWriter; the pages' reads, rename and forget
// are here, so they stay out of the worker's bundle. Nothing here throws on a full or missing
// sync area; this device's own stats stay exactly as they were.
import { decodeSummary, encodeSummary } from '../../core/devices/encoding';
import { itemBytes, planItem } from '../../core/devices/quota';
import type { DeviceSummary } from '../../core/devices/summary';
import { cleanName } from './identity';
import { DEVICE_KEY_PREFIX, deviceKey, LOCAL_DEVICE_KEY } from '../keys';
import { DeviceWriter, usageWithout } from './device-writer';

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

export class DeviceStore extends DeviceWriter {
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
