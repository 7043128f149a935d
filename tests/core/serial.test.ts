import { describe, expect, it } from 'vitest';
import { serial } from '../../src/core/serial';

/** A promise with its resolve and reject at hand, to settle tasks in a chosen order. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('serial', () => {
  it('runs tasks one at a time, in the order given, each after the last has settled', async () => {
    const inTurn = serial();
    const log: string[] = [];
    const first = deferred();
    const a = inTurn(async () => {
      log.push('a starts');
      await first.promise;
      log.push('a ends');
      return 'a';
    });
    const b = inTurn(async () => {
      log.push('b runs');
      return 'b';
    });
    await tick();
    expect(log).toEqual(['a starts']);
    first.resolve();
    expect(await Promise.all([a, b])).toEqual(['a', 'b']);
    expect(log).toEqual(['a starts', 'a ends', 'b runs']);
  });

  it("hands the caller its own task's error, and runs the next task anyway", async () => {
    const inTurn = serial();
    const failing = inTurn(async () => {
      throw new Error('disk full');
    });
    const next = inTurn(async () => 'still runs');
    await expect(failing).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('still runs');
  });

  it('waits for a failing task to settle before the next one starts', async () => {
    const inTurn = serial();
    const log: string[] = [];
    const gate = deferred();
    const failing = inTurn(async () => {
      await gate.promise;
      log.push('failed');
      throw new Error('no');
    });
    const next = inTurn(async () => {
      log.push('next');
    });
    await tick();
    expect(log).toEqual([]);
    gate.resolve();
    await expect(failing).rejects.toThrow('no');
    await next;
    expect(log).toEqual(['failed', 'next']);
  });

  it('treats a task that throws before returning its promise like one that rejects', async () => {
    const inTurn = serial();
    const thrown = inTurn((() => {
      throw new Error('sync');
    }) as () => Promise<void>);
    await expect(thrown).rejects.toThrow('sync');
    await expect(inTurn(async () => 1)).resolves.toBe(1);
  });

  it('keeps queues apart: each serial() is its own queue', async () => {
    const one = serial();
    const two = serial();
    const gate = deferred();
    void one(() => gate.promise);
    await expect(two(async () => 'not held up')).resolves.toBe('not held up');
    gate.resolve();
  });
});
