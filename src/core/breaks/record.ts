// What the popup reports when a break ends: the stretches shown, how long it took, and whether
// the user saw it through. The scheduler turns it into a `taken` history event.
export interface BreakRecord {
  stretchIds: string[];
  /**
   * The names of the person's own stretches among `stretchIds`, by id: the history keeps them,
   * so a break still reads after its stretch is deleted. Absent for built-ins only, and in
   * records from before custom stretches.
   */
  stretchNames?: Record<string, string>;
  durationMs: number;
  completed: boolean;
}

/** Longest name kept, as a custom stretch's name may be (CUSTOM_LIMITS.NAME_CHARS). */
const NAME_CHARS = 60;

/**
 * The names a page sent, checked: only ids of `stretchIds` that carry a string, cut to the
 * longest name a stretch may have. Undefined when none is left, so old and built-in-only
 * records keep their shape.
 */
export function checkStretchNames(value: unknown, stretchIds: readonly string[]): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const names = Object.entries(value as Record<string, unknown>)
    .filter((e): e is [string, string] => stretchIds.includes(e[0]) && typeof e[1] === 'string' && e[1].length > 0)
    .map(([id, name]) => [id, [...name].slice(0, NAME_CHARS).join('')] as const);
  return names.length ? Object.fromEntries(names) : undefined;
}
