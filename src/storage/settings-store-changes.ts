import type { Settings } from '../core/settings/defaults';

/**
 * A listener that hears only real changes: settings equal (as JSON) to the last ones it was
 * given, or to the `first` ones loaded when it was made, are dropped. A change event often
 * carries nothing new (a save of the same values, a save the policy overrides).
 */
export function onlyChanges(listener: (settings: Settings) => void, first: Promise<{ settings: Settings }>): (settings: Settings) => void {
  let last = '';
  // A change heard before the first load is done wins over it.
  void first.then(
    ({ settings }) => {
      if (last === '') last = JSON.stringify(settings);
    },
    () => undefined,
  );
  return (settings) => {
    const json = JSON.stringify(settings);
    if (json === last) return;
    last = json;
    listener(settings);
  };
}
