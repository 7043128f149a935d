// The settings in force: what the person saved, with the organisation's policy applied on top.
// Every reader (the background, the popup's copy, the pages) goes through this, so a locked
// setting is locked everywhere, whatever a saved or imported file says.
import { applyPolicy } from '../../core/settings/policy';
import type { SettingsReader } from '../settings-store';
import { onlyChanges } from '../settings-store-changes';
import type { PolicyCache } from './policy-cache';

export function withPolicy<S extends SettingsReader>(inner: S, policy: PolicyCache): S {
  async function load() {
    // Side by side: the remembered policy costs no time on top of reading the settings.
    const [loaded, p] = await Promise.all([inner.load(), policy.cached()]);
    const notices = p.locked.length ? [...loaded.notices, { code: 'managed' as const, locked: [...p.locked] }] : loaded.notices;
    return { settings: applyPolicy(loaded.settings, p), notices };
  }
  return {
    ...inner,
    load,
    onChange(listener) {
      const emit = onlyChanges(listener);
      inner.onChange((settings) => void policy.cached().then((p) => emit(applyPolicy(settings, p))));
      policy.onChange(
        () =>
          void load().then(
            ({ settings }) => emit(settings),
            () => undefined,
          ),
      );
    },
  };
}
