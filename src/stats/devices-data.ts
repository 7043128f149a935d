// The stats page's view of the person's devices: this one from its full local history, the
// others from the summaries they share through sync.
import { toDaySummary, type DeviceEntry } from '../core/devices/merge';
import type { DaySummary } from '../core/history/day';
import type { DeviceStore } from '../storage/devices/device-store';
import type { DeviceChoice } from './device-picker';

export interface DevicesData {
  entries: DeviceEntry[];
  choices: DeviceChoice[];
  shared: boolean;
  full: boolean;
}

/** Never rejects: without the other devices, the page still shows this one. */
export async function loadDevices(devices: DeviceStore, ownDays: DaySummary[]): Promise<DevicesData> {
  const read = await devices.read().catch(() => null);
  const thisId = read?.thisId || 'this';
  const entries: DeviceEntry[] = [{ id: thisId, name: read?.thisName ?? '', isThis: true, days: ownDays }];
  const choices: DeviceChoice[] = [{ id: thisId, name: read?.thisName ?? '', isThis: true, updatedAt: null }];
  for (const other of read?.others ?? []) {
    entries.push({ id: other.id, name: other.name, isThis: false, days: other.days.map(toDaySummary) });
    choices.push({ id: other.id, name: other.name, isThis: false, updatedAt: other.updatedAt });
  }
  return { entries, choices, shared: read?.shared ?? false, full: read?.full ?? false };
}
