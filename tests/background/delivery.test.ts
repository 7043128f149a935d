// How a due break reaches the person (issue 12): the "When a break is due" setting, the stretch
// window (one at a time, reused), and the window standing in for notifications that are turned
// off or fail, with the reason kept for the options page.
import { describe, expect, it } from 'vitest';
import type { WhenDue } from '../../src/core/delivery/route';
import { MIN, World } from './support/world';
import { DELIVERY_KEY } from '../../src/storage/keys';

const WINDOW_URL = 'extension://fake/popup.html?window=1';

async function world(whenDue: WhenDue, setup?: (w: World) => void): Promise<World> {
  const w = new World();
  setup?.(w);
  await w.startWorker();
  await w.saveSettings({ whenDue, renudgeAfterMin: 0 });
  return w;
}
const note = (w: World) => w.settingsAreas.local.get(DELIVERY_KEY);

describe('when a break is due', () => {
  it('shows a notification and opens no window by default', async () => {
    const w = new World();
    await w.startWorker();
    await w.advance(30 * MIN);
    expect(w.notifications.log).toHaveLength(1);
    expect(w.windows.opened).toEqual([]);
  });

  it('opens one stretch window, centred over the window last used, and no notification', async () => {
    const w = await world('window');
    await w.advance(30 * MIN);
    expect(w.notifications.log).toHaveLength(0);
    // 1280×800 at (100, 50): centred, the 380×600 window starts at (550, 150).
    expect(w.windows.opened).toEqual([{ id: 1, url: WINDOW_URL, bounds: { width: 380, height: 600, left: 550, top: 150 } }]);
  });

  it('reuses the open window for the next break instead of opening a second', async () => {
    const w = await world('window');
    await w.advance(30 * MIN);
    await w.send('break/snooze');
    await w.advance(5 * MIN);
    expect((await w.send('status/get')).phase).toBe('due');
    expect(w.windows.opened).toHaveLength(1);
    expect(w.windows.raised).toEqual([1]);
  });

  it('opens a new window once the person closed the last one', async () => {
    const w = await world('window');
    await w.advance(30 * MIN);
    await w.send('break/skip');
    w.windows.close(1);
    await w.advance(30 * MIN);
    expect(w.windows.opened.map((o) => o.id)).toEqual([1, 2]);
    expect(w.windows.raised).toEqual([]);
  });

  it('knows its window across a worker restart (storage.session)', async () => {
    const w = await world('window');
    await w.advance(30 * MIN);
    await w.send('break/snooze');
    await w.restartWorker();
    await w.advance(5 * MIN);
    expect(w.windows.opened).toHaveLength(1);
    expect(w.windows.raised).toEqual([1]);
  });

  it('does both when asked: a notification and the window', async () => {
    const w = await world('both');
    await w.advance(30 * MIN);
    expect(w.notifications.log).toHaveLength(1);
    expect(w.windows.opened).toHaveLength(1);
  });

  it('places the window where the browser likes when no window was used', async () => {
    const w = await world('window', (world) => {
      world.windows.lastFocused = null;
    });
    await w.advance(30 * MIN);
    expect(w.windows.opened[0]!.bounds).toEqual({ width: 380, height: 600 });
  });
});

describe('when notifications cannot reach the person', () => {
  it('opens the stretch window instead while notifications are turned off, and notes why', async () => {
    const w = await world('notification', (world) => {
      world.notifications.permission = 'denied';
    });
    await w.advance(30 * MIN);
    expect(w.notifications.log).toHaveLength(0);
    expect(w.windows.opened).toHaveLength(1);
    expect(await note(w)).toEqual({ fallback: 'blocked', at: w.now });
  });

  it('opens the stretch window when creating the notification fails, and notes why', async () => {
    const w = await world('notification', (world) => {
      world.notifications.failShow = true;
    });
    await w.advance(30 * MIN);
    expect(w.windows.opened).toHaveLength(1);
    expect(await note(w)).toMatchObject({ fallback: 'failed' });
    expect(w.warnings.some((m) => m.includes('stretch window instead'))).toBe(true);
  });

  it('clears the note once a notification works again', async () => {
    const w = await world('notification', (world) => {
      world.notifications.permission = 'denied';
    });
    await w.advance(30 * MIN);
    await w.send('break/skip');
    w.notifications.permission = 'granted';
    await w.advance(30 * MIN);
    expect(w.notifications.log).toHaveLength(1);
    expect(await note(w)).toBeUndefined();
  });

  it('falls back to a notification when the window cannot be opened', async () => {
    const w = await world('window', (world) => {
      world.windows.failOpen = true;
    });
    await w.advance(30 * MIN);
    expect((await w.send('status/get')).phase).toBe('due');
    expect(w.notifications.log).toHaveLength(1);
    expect(w.warnings.some((m) => m.includes('notification instead'))).toBe(true);
  });

  it('leaves the badge as the reminder when neither a notification nor a window can be shown', async () => {
    const w = await world('notification', (world) => {
      world.notifications.failShow = true;
      world.windows.failOpen = true;
    });
    await w.advance(30 * MIN);
    expect((await w.send('status/get')).phase).toBe('due');
    expect(w.action.badge.text).not.toBe('');
    expect(w.warnings.some((m) => m.includes('could not carry out notify'))).toBe(true);
  });
});

describe('asking for the stretch', () => {
  it('brings the open stretch window forward instead of opening the popup as well', async () => {
    const w = await world('both');
    await w.advance(30 * MIN);
    w.notifications.click([...w.notifications.shown.keys()][0]!);
    await w.flush();
    expect(w.action.popupsOpened).toBe(0);
    expect(w.windows.raised).toEqual([1]);
    expect(w.windows.opened).toHaveLength(1);
  });

  it('opens the toolbar popup from the shortcut where the browser allows it', async () => {
    const w = await world('notification');
    w.commands.press('break-now');
    await w.flush();
    expect(w.action.popupsOpened).toBe(1);
    expect(w.windows.opened).toEqual([]);
  });

  it('opens the stretch window from the shortcut where the popup cannot be opened (no focused window, old browser)', async () => {
    const w = await world('notification', (world) => {
      world.action.popupAllowed = false;
    });
    w.commands.press('break-now');
    await w.flush();
    expect(w.windows.opened.map((o) => o.url)).toEqual([WINDOW_URL]);
  });
});
