import type { Settings } from '../core/settings/defaults';

/**
 * A listener that hears only real changes: settings equal (as JSON) to the last ones it passed
 * on are dropped, since a change event often carries nothing new (a save of the same values, a
 * save the policy overrides). The first one always passes. Whoever listens loaded its settings
 * with a read of its own, and a write can land between that read and any read made here (a
 * worker's start, where the engine and this listener each read once): judged against a read of
 * ours, that write looked like no change, and the engine never heard of it.
 */
export function onlyChanges(listener: (settings: Settings) => void): (settings: Settings) => void {
  let last: string | null = null;
  return (settings) => {
    const json = JSON.stringify(settings);
    if (json === last) return;
    last = json;
    listener(settings);
  };
}
