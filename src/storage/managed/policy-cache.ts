// The organisation's policy, remembered in storage.local. Reading storage.managed is slow in
// Firefox (it looks for a policy file) and finds nothing for almost everyone, so it never sits on
// the path of a start: starts apply the remembered copy (one local read, beside the settings
// read), and the policy itself is read afterwards, at browser start, on install, when it changes,
// and whenever the options page opens.
import { isEmptyPolicy, NO_POLICY, parsePolicy, type Policy, type PolicyProblem } from '../../core/settings/policy';
import type { ManagedArea } from '../../platform/managed';
import type { StorageArea } from '../../platform/storage-area';
import { POLICY_CACHE_KEY } from '../keys';

export { POLICY_CACHE_KEY };

export class PolicyCache {
  constructor(
    private readonly managed: ManagedArea,
    private readonly local: StorageArea,
  ) {}

  /** The remembered policy; no policy when nothing is remembered or it is unreadable. */
  async cached(): Promise<Policy> {
    const raw = await this.local.get(POLICY_CACHE_KEY).catch(() => undefined);
    return raw === undefined ? NO_POLICY : parsePolicy(raw).policy;
  }

  /**
   * Reads the policy and remembers the parts that can be used. `changed` says whether that
   * differs from what was remembered; `problems`, what was left out and why, for the options
   * page to show (an administrator trying a policy sees it there).
   */
  async refresh(): Promise<{ changed: boolean; problems: PolicyProblem[] }> {
    const raw = await this.managed.read();
    const { policy, problems } = parsePolicy(raw);
    const before = await this.cached();
    if (JSON.stringify(before) === JSON.stringify(policy)) return { changed: false, problems };
    if (isEmptyPolicy(policy)) await this.local.remove(POLICY_CACHE_KEY);
    else await this.local.set(POLICY_CACHE_KEY, policy);
    return { changed: true, problems };
  }

  /** Fires when an administrator changes the policy while the browser runs (Chrome). */
  onManagedChanged(listener: () => void): void {
    this.managed.onChanged(listener);
  }

  /** Fires when the remembered policy changes (refresh() here or in another page). */
  onChange(listener: () => void): void {
    this.local.onKeyChanged(POLICY_CACHE_KEY, () => listener());
  }
}
