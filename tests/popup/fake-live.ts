// The live port as the popup sees it: push() plays the background sending a status.
import { act } from '@testing-library/preact';
import type { StatusView } from '../../src/core/scheduler/status-view';
import type { StretchProgress } from '../../src/shared/live-port';
import type { LiveLink } from '../../src/ui/live-link';

export class FakeLive implements LiveLink {
  readonly sent: (StretchProgress | null)[] = [];
  private listeners = new Set<(s: StatusView) => void>();
  progress(p: StretchProgress | null): void {
    this.sent.push(structuredClone(p));
  }
  onStatus(listener: (s: StatusView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  push(s: StatusView): void {
    act(() => {
      for (const l of this.listeners) l(s);
    });
  }
}
