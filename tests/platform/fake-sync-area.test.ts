import { describe, expect, it } from 'vitest';
import { FakeSyncArea } from '../../src/platform/fakes/sync-area';

function area() {
  let now = 1_000_000;
  const a = new FakeSyncArea(() => now);
  return {
    a,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('FakeSyncArea', () => {
  it('refuses an item over 8,192 bytes counted as key plus JSON, and keeps what was there', async () => {
    const { a } = area();
    await a.set({ k: 'before' });
    // 'k' (1) + quotes (2) + 8,189 characters = 8,192: just fits.
    await a.set({ k: 'x'.repeat(8_189) });
    await expect(a.set({ k: 'x'.repeat(8_190) })).rejects.toThrow('Resource::kQuotaBytesPerItem quota exceeded');
    // Multi-byte characters count as their UTF-8 bytes.
    await expect(a.set({ k: 'é'.repeat(4_095) })).rejects.toThrow('kQuotaBytesPerItem');
    expect(a.data.get('k')).toBe('x'.repeat(8_189));
  });

  it('refuses a write that takes the area over 102,400 bytes, all of it', async () => {
    const { a, advance } = area();
    for (let i = 0; i < 12; i++) {
      await a.set({ [`item${String(i).padStart(2, '0')}`]: 'y'.repeat(8_184) });
      advance(1_000);
    }
    expect(a.bytesInUse()).toBe(12 * 8_192);
    await expect(a.set({ a: 'z'.repeat(4_000), b: 'z'.repeat(4_000) })).rejects.toThrow('Resource::kQuotaBytes quota exceeded');
    expect(a.data.has('a')).toBe(false);
    await a.set({ a: 'z'.repeat(4_000) });
  });

  it('refuses the 513th item', async () => {
    const { a } = area();
    await a.set(Object.fromEntries(Array.from({ length: 512 }, (_, i) => [`k${i}`, 1])));
    await expect(a.set({ one: 1 })).rejects.toThrow('Resource::kMaxItems quota exceeded');
    await a.set({ k0: 2 });
  });

  it('allows 120 writes a minute, then refuses until the minute has passed', async () => {
    const { a, advance } = area();
    for (let i = 0; i < 120; i++) await (i % 2 ? a.remove(['n']) : a.set({ n: i }));
    await expect(a.set({ n: 'late' })).rejects.toThrow('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    advance(59_999);
    await expect(a.set({ n: 'late' })).rejects.toThrow('MAX_WRITE_OPERATIONS_PER_MINUTE');
    advance(1);
    await a.set({ n: 'on time' });
    expect(a.data.get('n')).toBe('on time');
  });

  it('allows 1,800 writes an hour', async () => {
    const { a, advance } = area();
    for (let i = 0; i < 1_800; i++) {
      await a.set({ n: i });
      advance(1_000);
    }
    await expect(a.set({ n: 'x' })).rejects.toThrow('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    advance(60 * 60_000 - 1_800 * 1_000 + 1_000);
    await a.set({ n: 'x' });
  });

  it('counts a write refused for its size against the rate, as the browser does', async () => {
    const { a } = area();
    for (let i = 0; i < 120; i++) await a.set({ big: 'x'.repeat(9_000) }).catch(() => undefined);
    await expect(a.set({ small: 1 })).rejects.toThrow('MAX_WRITE_OPERATIONS_PER_MINUTE');
  });

  it('hands out copies and tells listeners which keys changed', async () => {
    const { a } = area();
    const seen: string[][] = [];
    a.onChanged((keys) => seen.push(keys));
    const value = { list: [1] };
    await a.set({ v: value });
    value.list.push(2);
    const all = await a.getAll();
    (all.v as { list: number[] }).list.push(3);
    expect(a.data.get('v')).toEqual({ list: [1] });
    await a.remove(['v', 'absent']);
    await Promise.resolve();
    expect(seen).toEqual([['v'], ['v']]);
  });
});
