// What the popup reports when a break ends: the stretches shown, how long it took, and whether
// the user saw it through. The scheduler turns it into a `taken` history event.
export interface BreakRecord {
  stretchIds: string[];
  durationMs: number;
  completed: boolean;
}
