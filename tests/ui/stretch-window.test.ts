import { describe, expect, it } from 'vitest';
import { FakeAction } from '../../src/platform/fakes/action';
import { FakeStorageArea } from '../../src/platform/fakes/storage-area';
import { FakeWindows } from '../../src/platform/fakes/windows';
import { deliveryStore } from '../../src/storage/delivery-store';
import { stretchWindow } from '../../src/ui/stretch-window';

function setup() {
  const windows = new FakeWindows();
  const store = deliveryStore(new FakeStorageArea(), new FakeStorageArea());
  return { windows, store, window: stretchWindow({ windows, store, url: 'x/popup.html?window=1' }) };
}

describe('stretchWindow', () => {
  it('opens one window even when asked twice at the same moment', async () => {
    const { windows, window } = setup();
    await Promise.all([window.open(), window.open()]);
    expect(windows.opened).toHaveLength(1);
    expect(windows.raised).toEqual([1]);
  });

  it('forgets a window the person closed and opens a new one', async () => {
    const { windows, store, window } = setup();
    await window.open();
    windows.close(1);
    await window.open();
    expect(windows.opened.map((w) => w.id)).toEqual([1, 2]);
    expect(await store.windowId()).toBe(2);
  });

  it('show(): the open window first, then the toolbar popup, then a new window', async () => {
    const { windows, window } = setup();
    const action = new FakeAction();
    await window.show(action);
    expect(action.popupsOpened).toBe(1);
    action.popupAllowed = false;
    await window.show(action);
    expect(windows.opened).toHaveLength(1);
    action.popupAllowed = true;
    await window.show(action);
    expect(action.popupsOpened).toBe(1);
    expect(windows.raised).toEqual([1]);
  });

  it('stays usable after a failed open', async () => {
    const { windows, window } = setup();
    windows.failOpen = true;
    await expect(window.open()).rejects.toThrow();
    windows.failOpen = false;
    await window.open();
    expect(windows.opened).toHaveLength(1);
  });
});
