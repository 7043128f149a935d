import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../src/core/settings/defaults';
import { onlyChanges } from '../../src/storage/settings-store-changes';

const tick = () => new Promise((r) => setTimeout(r, 0));
const s = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

describe('onlyChanges', () => {
  it('drops settings equal to the first ones loaded, and repeats of the last ones heard', async () => {
    const heard: number[] = [];
    const emit = onlyChanges((x) => heard.push(x.breakIntervalMin), Promise.resolve({ settings: s() }));
    await tick();
    emit(s());
    emit(s({ breakIntervalMin: 40 }));
    emit(s({ breakIntervalMin: 40 }));
    emit(s());
    expect(heard).toEqual([40, 30]);
  });

  it('lets a change heard before the first load is done stand, and survives a failed load', async () => {
    const heard: number[] = [];
    let resolve!: (v: { settings: Settings }) => void;
    const emit = onlyChanges(
      (x) => heard.push(x.breakIntervalMin),
      new Promise((r) => {
        resolve = r;
      }),
    );
    emit(s({ breakIntervalMin: 40 }));
    resolve({ settings: s() });
    await tick();
    emit(s({ breakIntervalMin: 40 }));
    expect(heard).toEqual([40]);
    const after = onlyChanges((x) => heard.push(x.breakIntervalMin), Promise.reject(new Error('unreadable')));
    await tick();
    after(s());
    expect(heard).toEqual([40, 30]);
  });
});
