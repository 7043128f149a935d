import type { Presence } from '../../core/scheduler/events';
import type { IdleAdapter } from '../idle';

/** The idle API with a state the test sets; set() fires onStateChanged like the browser. */
export class FakeIdle implements IdleAdapter {
  state: Presence = 'active';
  detectionIntervalSec: number | null = null;
  /** Every interval set, in order: what the browser was told. */
  readonly intervalsSet: number[] = [];
  private listeners: ((state: Presence) => void)[] = [];

  setDetectionInterval(seconds: number): void {
    if (seconds < 15) throw new Error('detection interval below 15 s');
    this.detectionIntervalSec = seconds;
    this.intervalsSet.push(seconds);
  }

  async queryState(): Promise<Presence> {
    return this.state;
  }

  onStateChanged(listener: (state: Presence) => void): void {
    this.listeners.push(listener);
  }

  /** Changes the state; fires the event only on a change, as the browser does. */
  set(state: Presence): void {
    if (state === this.state) return;
    this.state = state;
    for (const l of this.listeners) l(state);
  }
}
