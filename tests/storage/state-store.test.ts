// The engine's state in storage.local, and the storage.session marker that tells a browser start
// from a worker restart.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const local = new Map<string, unknown>();
let session: Map<string, unknown> | null = new Map();
const area = (map: () => Map<string, unknown> | null) => ({
  async get(key: string) { return map()?.has(key) ? { [key]: structuredClone(map()!.get(key)) } : {}; },
  async set(items: Record<string, unknown>) { for (const [k, v] of Object.entries(items)) map()!.set(k, structuredClone(v)); },
});
const storage: { local: ReturnType<typeof area>; session?: ReturnType<typeof area> } = { local: area(() => local), session: area(() => session) };
vi.mock('../../src/platform/browser', () => ({ default: { storage } }));
const { browserStateStore } = await import('../../src/storage/state-store');
const { ENGINE_KEY } = await import('../../src/storage/keys');

beforeEach(() => {
  local.clear();
  session = new Map();
  storage.session = area(() => session);
});

describe('browserStateStore', () => {
  it('round-trips the record through storage.local', async () => {
    const store = browserStateStore();
    await store.save({ state: { schemaVersion: 1 }, outbox: [] });
    expect(local.get(ENGINE_KEY)).toEqual({ state: { schemaVersion: 1 }, outbox: [] });
    expect((await store.load()).record).toEqual({ state: { schemaVersion: 1 }, outbox: [] });
  });

  it('reports a browser start once per browser session', async () => {
    const store = browserStateStore();
    expect((await store.load()).browserStarted).toBe(true);
    expect((await store.load()).browserStarted).toBe(false);
    session = new Map(); // the browser was closed and opened again
    expect((await store.load()).browserStarted).toBe(true);
  });

  it('treats every start as a browser start where storage.session is missing', async () => {
    delete storage.session;
    const store = browserStateStore();
    expect((await store.load()).browserStarted).toBe(true);
    expect((await store.load()).browserStarted).toBe(true);
  });
});
