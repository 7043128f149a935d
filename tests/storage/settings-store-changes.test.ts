import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../src/core/settings/defaults';
import { toStored } from '../../src/core/settings/stored';
import { FakeStorageArea } from '../../src/platform/fakes/storage-area';
import { SETTINGS_KEY } from '../../src/storage/keys';
import { onlyChanges } from '../../src/storage/settings-store-changes';
import { syncedSettingsReader } from '../../src/storage/settings-store-synced';

const tick = () => new Promise((r) => setTimeout(r, 0));
const s = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

/** A fake area whose change events the test delivers, as a browser does to a worker that is still starting. */
class HeldEvents extends FakeStorageArea {
  private held: { key: string; fn: (value: unknown) => void }[] = [];
  override onKeyChanged(key: string, listener: (value: unknown) => void): void {
    this.held.push({ key, fn: listener });
  }
  async deliver(key: string): Promise<void> {
    const value = await this.get(key);
    for (const l of this.held) if (l.key === key) l.fn(value);
  }
}

describe('onlyChanges', () => {
  it('passes the first settings on, then drops repeats of the last ones passed on', () => {
    const heard: number[] = [];
    const emit = onlyChanges((x) => heard.push(x.breakIntervalMin));
    emit(s());
    emit(s());
    emit(s({ breakIntervalMin: 40 }));
    emit(s({ breakIntervalMin: 40 }));
    emit(s());
    expect(heard).toEqual([30, 40, 30]);
  });

  it("hears a change written between the listener's own load and the listening (a worker's start)", async () => {
    const sync = new HeldEvents();
    const reader = syncedSettingsReader({ sync, local: new FakeStorageArea() });
    // The engine loads first; then a page saves, while the worker is still starting.
    const engineHas = (await reader.load()).settings;
    await sync.set(SETTINGS_KEY, toStored(s({ breakIntervalMin: 40 }), 1));
    const heard: number[] = [];
    reader.onChange((x) => heard.push(x.breakIntervalMin));
    await tick();
    // The browser delivers the save's event once the worker listens.
    await sync.deliver(SETTINGS_KEY);
    await tick();
    expect(engineHas.breakIntervalMin).toBe(30);
    expect(heard).toEqual([40]);
  });
});
