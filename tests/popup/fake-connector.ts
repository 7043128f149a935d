// A stand-in for the background that answers like the break engine would, in miniature: enough
// state for the popup to show what changed, plus a log of what was sent.
import type { Connector } from '../../src/platform/messaging';
import type { MessageType } from '../../src/shared/messages';
import type { StatusView } from '../../src/core/scheduler/status-view';

export function status(patch: Partial<StatusView> = {}): StatusView {
  return {
    phase: 'counting',
    remainingMs: 24 * 60_000,
    nextBreakAt: null,
    breakKind: 'posture',
    until: null,
    snoozesLeft: 3,
    takenToday: 2,
    breakId: 'c-1',
    ...patch,
  };
}

/** A skipped or finished break starts the next cycle, as the scheduler's cycle id does. */
const nextBreak = (id: string) => `c-${Number(id.split('-')[1] ?? 0) + 1}`;

export class FakeConnector implements Connector {
  readonly sent: { type: MessageType; payload: unknown }[] = [];
  /** Message types that fail, as when the background is not there. */
  readonly failing = new Set<MessageType>();

  constructor(
    public state: StatusView = status(),
    private now: () => number = Date.now,
  ) {}

  send: Connector['send'] = (type, ...payload) => {
    this.sent.push({ type, payload: structuredClone(payload[0]) });
    if (this.failing.has(type)) return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    const s = this.state;
    switch (type) {
      case 'break/now':
        this.state = { ...s, phase: 'due', remainingMs: 0 };
        break;
      case 'break/snooze':
        this.state = { ...s, phase: 'snoozed', until: this.now() + 5 * 60_000, snoozesLeft: s.snoozesLeft - 1 };
        break;
      case 'break/skip':
        this.state = { ...s, phase: 'counting', remainingMs: 30 * 60_000, until: null, breakId: nextBreak(s.breakId) };
        break;
      case 'break/done':
        this.state = {
          ...s,
          phase: 'counting',
          remainingMs: 30 * 60_000,
          until: null,
          takenToday: s.takenToday + 1,
          breakKind: 'posture',
          breakId: nextBreak(s.breakId),
        };
        break;
      case 'pause/start':
        this.state = { ...s, phase: 'paused', until: (payload[0] as { until: number | null }).until };
        break;
      case 'pause/resume':
        this.state = { ...s, phase: 'counting', until: null };
        break;
    }
    return Promise.resolve(structuredClone(this.state)) as never;
  };

  types(): MessageType[] {
    return this.sent.map((m) => m.type);
  }
}
