// The live port on fakes: an open page follows the status, and a stretch left unfinished is
// recorded as a partial break when its page closes, even across a worker stop (issue 12, 15).
import { describe, expect, it } from 'vitest';
import { LIVE_PORT, type BackgroundToPage, type PageToBackground } from '../../src/shared/live-port';
import type { PortEnd } from '../../src/platform/port';
import { MAX_UNREPORTED_MS } from '../../src/background/live-pages';
import { MIN, World } from './support/world';
import { STRETCHES_UNDER_WAY_KEY } from '../../src/storage/keys';

async function ready(): Promise<World> {
  const w = new World();
  await w.startWorker();
  return w;
}

/** A page's end of the port, with what it received. */
function openPage(w: World): { port: PortEnd; statuses: BackgroundToPage['status'][] } {
  const port = w.ports.connect(LIVE_PORT);
  const statuses: BackgroundToPage['status'][] = [];
  port.onMessage((m) => statuses.push((m as BackgroundToPage).status));
  return { port, statuses };
}

const report = (port: PortEnd, durationMs: number | null, running = false, pageId = 'p1') => {
  const message: PageToBackground = {
    type: 'stretch',
    pageId,
    progress: durationMs === null ? null : { running, record: { stretchIds: ['chair-twist'], durationMs, completed: false } },
  };
  port.post(message);
};
const taken = (w: World) => [...w.fakeHistory.events.values()].filter((e) => e.type === 'taken');

describe('live pages', () => {
  it('sends an open page the status at once, and again the moment the break comes due', async () => {
    const w = await ready();
    const page = openPage(w);
    await w.flush();
    expect(page.statuses.map((s) => s.phase)).toEqual(['counting']);
    await w.advance(30 * MIN);
    expect(page.statuses.at(-1)).toMatchObject({ phase: 'due', snoozesLeft: 3 });
  });

  it('records a stretch left unfinished as a partial break when its page closes', async () => {
    const w = await ready();
    const { port } = openPage(w);
    report(port, 12_000);
    await w.flush();
    port.close();
    await w.flush();
    expect(taken(w)).toMatchObject([{ completed: false, durationMs: 12_000, stretchIds: ['chair-twist'] }]);
    expect(await w.session.get(STRETCHES_UNDER_WAY_KEY)).toEqual({});
  });

  it("records a person's own stretch left unfinished with its name", async () => {
    const w = await ready();
    const { port } = openPage(w);
    const record = {
      stretchIds: ['custom-abcdef1234'],
      stretchNames: { 'custom-abcdef1234': 'Wall angels' },
      durationMs: 5000,
      completed: false,
    };
    port.post({ type: 'stretch', pageId: 'p1', progress: { running: false, record } } satisfies PageToBackground);
    await w.flush();
    port.close();
    await w.flush();
    expect(taken(w)).toMatchObject([{ stretchIds: ['custom-abcdef1234'], stretchNames: { 'custom-abcdef1234': 'Wall angels' } }]);
  });

  it('counts the time since the last report of a running timer, but no more than a breath step can last', async () => {
    const w = await ready();
    const a = openPage(w);
    report(a.port, 10_000, true);
    await w.flush();
    w.now += 4000;
    a.port.close();
    await w.flush();
    const b = openPage(w);
    report(b.port, 10_000, true, 'p2');
    await w.flush();
    w.now += 10 * MIN;
    b.port.close();
    await w.flush();
    expect(taken(w).map((e) => e.type === 'taken' && e.durationMs)).toEqual([14_000, 10_000 + MAX_UNREPORTED_MS]);
  });

  it('records nothing for a page that finished its stretch or never started one', async () => {
    const w = await ready();
    const a = openPage(w);
    report(a.port, 5000);
    report(a.port, null);
    await w.flush();
    a.port.close();
    openPage(w).port.close();
    await w.flush();
    expect(taken(w)).toEqual([]);
  });

  it('keeps a stretch through a worker stop: the page reconnects and is recorded once, when it closes', async () => {
    const w = await ready();
    const first = openPage(w);
    let dropped = false;
    first.port.onDisconnect(() => {
      dropped = true;
    });
    report(first.port, 8000);
    await w.flush();
    w.stopWorker();
    await w.flush();
    expect(dropped).toBe(true);
    await w.startWorker();
    const again = openPage(w);
    report(again.port, 20_000);
    await w.fireTimers();
    expect(taken(w)).toEqual([]);
    again.port.close();
    await w.flush();
    expect(taken(w)).toMatchObject([{ completed: false, durationMs: 20_000 }]);
  });

  it('lets the next worker record a stretch whose page closed while no worker ran', async () => {
    const w = await ready();
    report(openPage(w).port, 30_000);
    await w.flush();
    w.stopWorker();
    await w.startWorker();
    expect(taken(w)).toEqual([]);
    await w.fireTimers();
    expect(taken(w)).toMatchObject([{ completed: false, durationMs: 30_000 }]);
  });

  it('ignores ports and messages that are not its own', async () => {
    const w = await ready();
    const other = w.ports.connect('something-else');
    const { port, statuses } = openPage(w);
    for (const bad of [
      null,
      'x',
      { type: 'stretch' },
      { type: 'stretch', pageId: 'p', progress: { running: true, record: { stretchIds: [], durationMs: 1 } } },
    ])
      port.post(bad);
    await w.flush();
    port.close();
    other.close();
    await w.flush();
    expect(statuses).toHaveLength(1);
    expect(taken(w)).toEqual([]);
  });
});
