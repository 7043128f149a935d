// One lock for all of the extension's pages and its worker (the Web Locks API), for a
// read-modify-write on a storage value that several of them change: the options page saving a
// stretch while the background merges one from another device must not lose either.
import type { Serial } from '../core/serial';

/** A named lock across every context of the extension, or null where the browser has none. */
export function browserLock(name: string): Serial | null {
  const locks = typeof navigator === 'object' ? navigator.locks : undefined;
  if (!locks || typeof locks.request !== 'function') return null;
  return <T>(task: () => Promise<T>) => locks.request(name, task) as Promise<T>;
}
