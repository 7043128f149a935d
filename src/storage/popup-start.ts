import { parsePopupSettings, type PopupSettings } from '../core/settings/popup-settings';
import { cycleId } from '../core/scheduler/cycle';
import { parseState } from '../core/scheduler/persisted';
import { emptyBag, parseBag, type ShuffleBag } from '../core/stretches/shuffle-bag';
import { customSources } from '../core/stretches/any';
import type { CustomStretch } from '../core/stretches/custom';
import { parsePolicy } from '../core/settings/policy';
import { browserArea } from '../platform/storage-area';
import { readLocalStretches } from './custom-stretches-store';
import { CUSTOM_STRETCHES_KEY, ENGINE_KEY, POLICY_CACHE_KEY, POPUP_SETTINGS_KEY, SHUFFLE_KEY } from './keys';

/** What the popup needs to paint its card, read from storage.local in one call. */
export interface PopupStart {
  /** null when the background has not stored them yet (just installed) or they are unreadable. */
  settings: PopupSettings | null;
  bag: ShuffleBag;
  /**
   * The break the engine last saved as upcoming (its cycle id), so the card is dealt for the right
   * break before the background answers; null when there is no readable engine state.
   */
  breakId: string | null;
  /**
   * The organisation's stretches (from the remembered policy), then the person's own, as this
   * device last stored them: dealt beside the built-ins. Empty when there are none.
   */
  custom: CustomStretch[];
}

/** The cycle id in the engine's stored record ({ state, … }), or null. */
function storedBreakId(record: unknown): string | null {
  const parsed = parseState((record as { state?: unknown } | null | undefined)?.state);
  return 'state' in parsed ? cycleId(parsed.state) : null;
}

/** Reads every key with one `get` (storage.local.get's shape); never rejects. */
export async function popupStart(get: ((keys: string[]) => Promise<Record<string, unknown>>) | null): Promise<PopupStart> {
  try {
    if (!get) throw new Error('no storage.local');
    // One round trip for everything: the stretches ride along with the settings and the bag.
    const found = await get([SHUFFLE_KEY, POPUP_SETTINGS_KEY, ENGINE_KEY, CUSTOM_STRETCHES_KEY, POLICY_CACHE_KEY]);
    const policy = found[POLICY_CACHE_KEY] === undefined ? [] : (parsePolicy(found[POLICY_CACHE_KEY]).policy.stretches ?? []);
    return {
      settings: parsePopupSettings(found[POPUP_SETTINGS_KEY]),
      bag: parseBag(found[SHUFFLE_KEY]),
      breakId: storedBreakId(found[ENGINE_KEY]),
      custom: customSources(policy, readLocalStretches(found[CUSTOM_STRETCHES_KEY])),
    };
  } catch {
    // As the shuffle store does: a fresh round, and the settings come from the background.
    return { settings: null, bag: emptyBag(), breakId: null, custom: [] };
  }
}

export function browserPopupStart(): Promise<PopupStart> {
  const local = browserArea('local');
  return popupStart(local ? (keys) => local.getMany(keys) : null);
}
