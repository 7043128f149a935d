// The page's side of the live port on fake ports: statuses in, progress out, reconnecting after
// a worker stop and telling the new worker again (issue 12).
import { describe, expect, it } from 'vitest';
import { FakePorts } from '../../src/platform/fakes/port';
import type { PortEnd } from '../../src/platform/port';
import { LIVE_PORT, type StretchProgress } from '../../src/shared/live-port';
import { liveLink } from '../../src/ui/live-link';
import { status } from '../popup/fake-connector';

const progress: StretchProgress = { running: true, record: { stretchIds: ['chair-twist'], durationMs: 4000, completed: false } };
const tick = () => new Promise((r) => setTimeout(r, 0));

/** A worker that answers every connection with a status; what its ports received. */
function worker(ports: FakePorts) {
  const received: unknown[] = [];
  const open: PortEnd[] = [];
  ports.onConnect((name, port) => {
    expect(name).toBe(LIVE_PORT);
    open.push(port);
    port.onMessage((m) => received.push(m));
    port.post({ type: 'status', status: status() });
  });
  return { received, open };
}

describe('live link', () => {
  it('hands on every status the background sends, and sends where the stretch stands', () => {
    const ports = new FakePorts();
    const bg = worker(ports);
    const link = liveLink(ports.connect, 'page-1');
    const seen: string[] = [];
    link.onStatus((s) => seen.push(s.phase));
    bg.open[0]!.post({ type: 'status', status: status({ phase: 'due' }) });
    bg.open[0]!.post({ type: 'other' });
    link.progress(progress);
    link.progress(null);
    expect(seen).toEqual(['due']);
    expect(bg.received).toEqual([
      { type: 'stretch', pageId: 'page-1', progress },
      { type: 'stretch', pageId: 'page-1', progress: null },
    ]);
  });

  it('reconnects when the worker stops and tells the new one about the stretch under way', async () => {
    const ports = new FakePorts();
    worker(ports);
    const link = liveLink(ports.connect, 'page-1');
    const seen: string[] = [];
    link.onStatus((s) => seen.push(s.phase));
    link.progress(progress);
    ports.dropAll();
    await tick();
    const next = worker(ports);
    expect(next.received).toEqual([{ type: 'stretch', pageId: 'page-1', progress }]);
    next.open[0]!.post({ type: 'status', status: status({ phase: 'due' }) });
    expect(seen.at(-1)).toBe('due');
  });

  it('stops reconnecting when nothing ever answers', async () => {
    const ports = new FakePorts();
    ports.refuse = true;
    let connects = 0;
    liveLink((name) => ((connects += 1), ports.connect(name)), 'page-1');
    for (let i = 0; i < 20; i++) await tick();
    expect(connects).toBe(6);
  });
});

describe('live link, connecting late', () => {
  it('connects only once `after` settles, then tells where the stretch stands', async () => {
    const ports = new FakePorts();
    const bg = worker(ports);
    let go!: () => void;
    const link = liveLink(ports.connect, 'page-1', new Promise<void>((resolve) => (go = resolve)));
    link.progress(progress);
    expect(bg.open).toHaveLength(0);
    go();
    await tick();
    expect(bg.received).toEqual([{ type: 'stretch', pageId: 'page-1', progress }]);
  });
});
