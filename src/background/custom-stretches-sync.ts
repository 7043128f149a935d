// Keeps this device's own stretches in step with the person's other devices. The store does the
// merge and the sync plan (storage/custom-stretches-store.ts); this only says when: after a
// browser start or an install, and whenever another device (storage.sync) or a page of this one
// (storage.local) changed them. Each load merges what sync brought in, writes back what this
// device holds within the quotas, and records which stretches stay on this device only.
import type { CustomStretchesStore } from '../storage/custom-stretches-store';

export interface CustomStretchesSync {
  /** Merges and writes now; never rejects (a failure is reported, the next change tries again). */
  follow(): Promise<void>;
}

export function customStretchesSync(
  store: Pick<CustomStretchesStore, 'load' | 'onChanged'>,
  handle: (fn: () => Promise<unknown>) => void,
  warn: (message: string, error?: unknown) => void,
): CustomStretchesSync {
  const follow = () =>
    store.load().then(
      () => undefined,
      (error: unknown) => warn('could not sync the stretches', error),
    );
  // A load that changes nothing writes nothing, so the change events its own writes cause end
  // with one more quiet read rather than a loop.
  store.onChanged(() => handle(follow));
  return { follow };
}
