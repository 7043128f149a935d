// A shuffle bag: every enabled stretch comes up once before any comes up again, the way a deck is
// dealt before it is reshuffled. The bag is plain data so the popup can save it between openings.

export interface ShuffleBag {
  version: 1;
  /** Stretches already dealt in the current round. */
  shown: string[];
  /** The last one dealt, so a new round does not open with a repeat. */
  last: string | null;
  /** The one on offer now: it stays until done or replaced, even if the popup closes. */
  current: string | null;
  /**
   * The break (scheduler cycle id) that `current` and `routine` were dealt for: the next break
   * deals afresh, whether this one was finished, skipped, snoozed away or never looked at. null
   * until a deal is tied to a break (a bag saved by an older version, or no engine yet).
   */
  breakId: string | null;
  /** The routine dealt for `breakId`, so reopening the long break shows the same stretches. */
  routine: string[] | null;
}

/** Returns a number in [0, 1), like Math.random. Passed in so tests can seed it. */
export type Random = () => number;

export function emptyBag(): ShuffleBag {
  return { version: 1, shown: [], last: null, current: null, breakId: null, routine: null };
}

const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isIdOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** Whatever storage held, a usable bag: anything malformed starts a fresh round. */
export function parseBag(value: unknown): ShuffleBag {
  if (typeof value !== 'object' || value === null) return emptyBag();
  const v = value as Partial<ShuffleBag>;
  if (v.version !== 1 || !isIdList(v.shown) || !isIdOrNull(v.last) || !isIdOrNull(v.current)) return emptyBag();
  // breakId and routine came later: a bag without them is still good, tied to no break yet.
  const breakId = v.breakId === undefined || !isIdOrNull(v.breakId) ? null : v.breakId;
  const routine = isIdList(v.routine) && v.routine.length > 0 ? [...v.routine] : null;
  return { version: 1, shown: [...new Set(v.shown)], last: v.last, current: v.current, breakId, routine };
}

function pick<T>(list: readonly T[], random: Random): T {
  const r = random();
  const i = Math.min(list.length - 1, Math.max(0, Math.floor((Number.isFinite(r) ? r : 0) * list.length)));
  return list[i]!;
}

/**
 * Deals the next stretch from `enabledIds`, skipping `exclude` (already in the same routine).
 * Returns null only when nothing is left to deal.
 */
export function drawNext(
  bag: ShuffleBag,
  enabledIds: readonly string[],
  random: Random,
  exclude: readonly string[] = [],
): { id: string | null; bag: ShuffleBag } {
  const skip = new Set(exclude);
  const open = enabledIds.filter((id) => !skip.has(id));
  let shown = bag.shown;
  let candidates = open.filter((id) => !shown.includes(id));
  if (candidates.length === 0) {
    shown = [];
    // A fresh round should not open with the stretch that closed the last one.
    candidates = open.length > 1 ? open.filter((id) => id !== bag.last) : open;
  }
  if (candidates.length === 0) return { id: null, bag };
  const id = pick(candidates, random);
  return { id, bag: { ...bag, shown: [...shown, id], last: id, current: id } };
}

/** The stretch on offer: the saved one while it is still enabled, else a fresh deal. */
export function currentOrNext(bag: ShuffleBag, enabledIds: readonly string[], random: Random): { id: string | null; bag: ShuffleBag } {
  if (bag.current !== null && enabledIds.includes(bag.current)) return { id: bag.current, bag };
  return drawNext(bag, enabledIds, random);
}

/** After a finished stretch the next opening offers a new one. */
export function clearCurrent(bag: ShuffleBag): ShuffleBag {
  return { ...bag, shown: [...bag.shown], current: null, routine: null };
}

/**
 * The bag as it stands for break `breakId`: what was dealt for an earlier break is put away, so
 * this break deals a new card and routine. A bag tied to no break yet keeps its card and is tied
 * to this one; an unknown break (null) changes nothing.
 */
export function forBreak(bag: ShuffleBag, breakId: string | null): ShuffleBag {
  if (breakId === null || bag.breakId === breakId) return bag;
  if (bag.breakId === null) return { ...bag, breakId };
  return { ...bag, current: null, routine: null, breakId };
}
