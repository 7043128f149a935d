import type { StorageArea } from '../../platform/storage-area';
import { LOCAL_DEVICE_KEY } from '../keys';

/** Longest name kept; a name is a label in a list, and every byte of it is synced. */
export const MAX_NAME_LENGTH = 40;

/** What storage.local remembers about this device and its summary in sync. */
export interface LocalDeviceRecord {
  id: string;
  name: string;
  /** The content last written to sync (its encoding without the time), to skip equal writes. */
  written: string | null;
  writtenAt: number | null;
  /** How the last attempt to share went; the stats page tells the person when it did not. */
  status: 'synced' | 'localOnly' | 'full';
}

const ID_RE = /^[a-z0-9]{6,32}$/;

/** A fresh id: random, so two installs never share one, and short, since it is in every key. */
export function randomDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

export async function readRecord(local: StorageArea): Promise<LocalDeviceRecord | null> {
  const value = (await local.get(LOCAL_DEVICE_KEY).catch(() => undefined)) as Partial<LocalDeviceRecord> | undefined;
  if (!value || typeof value.id !== 'string' || !ID_RE.test(value.id)) return null;
  return {
    id: value.id,
    name: typeof value.name === 'string' ? cleanName(value.name) : '',
    written: typeof value.written === 'string' ? value.written : null,
    writtenAt: typeof value.writtenAt === 'number' && Number.isFinite(value.writtenAt) ? value.writtenAt : null,
    status: value.status === 'localOnly' || value.status === 'full' ? value.status : 'synced',
  };
}
