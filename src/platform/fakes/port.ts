import type { PortConnector, PortEnd, PortsAdapter } from '../port';

/** One side of a fake port; messages are copied, as the browser does. */
class FakeEnd implements PortEnd {
  other!: FakeEnd;
  open = true;
  readonly received: unknown[] = [];
  private messages: ((m: unknown) => void)[] = [];
  private disconnects: (() => void)[] = [];

  post(message: unknown): void {
    if (!this.open) throw new Error('Attempting to use a disconnected port object');
    const copy = structuredClone(message);
    this.other.received.push(copy);
    // Sent before the other side listens (a worker still starting): it gets them when it does.
    if (this.other.messages.length === 0) this.other.queued.push(copy);
    for (const l of this.other.messages) l(structuredClone(copy));
  }
  private queued: unknown[] = [];
  onMessage(listener: (m: unknown) => void): void {
    this.messages.push(listener);
    for (const m of this.queued.splice(0)) listener(m);
  }
  onDisconnect(listener: () => void): void {
    this.disconnects.push(listener);
  }
  close(): void {
    if (!this.open) return;
    this.open = this.other.open = false;
    // As in the browser, the other side hears of it in a later task, not inside close().
    queueMicrotask(() => {
      for (const l of this.other.disconnects) l();
    });
  }
}

/**
 * runtime.connect with both sides in one object: pages call connect(), the background registers
 * onConnect(). A connection made while no worker listens waits for the next onConnect, as the
 * browser starts a stopped worker for it.
 */
export class FakePorts implements PortsAdapter {
  private listeners: ((name: string, port: PortEnd) => void)[] = [];
  private waiting: { name: string; end: FakeEnd }[] = [];
  /** The background refuses every connection (no extension any more): it closes at once. */
  refuse = false;
  /** Background ends of the ports open now. */
  readonly open: FakeEnd[] = [];

  onConnect(listener: (name: string, port: PortEnd) => void): void {
    this.listeners.push(listener);
    for (const { name, end } of this.waiting.splice(0)) listener(name, end);
  }

  connect: PortConnector = (name) => {
    const page = new FakeEnd();
    const bg = new FakeEnd();
    page.other = bg;
    bg.other = page;
    if (this.refuse) {
      bg.close();
      return page;
    }
    this.open.push(bg);
    if (this.listeners.length === 0) this.waiting.push({ name, end: bg });
    for (const l of this.listeners) l(name, bg);
    return page;
  };

  /** The worker stops: every port closes, and pages see onDisconnect. */
  dropAll(): void {
    for (const end of this.open.splice(0)) end.close();
    this.listeners = [];
  }
}
