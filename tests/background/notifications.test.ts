// Clicking a reminder, its buttons, and Firefox's plain notifications.
import { describe, expect, it } from 'vitest';
import { MIN, World } from './support/world';

async function dueWorld(setup?: (w: World) => void): Promise<World> {
  const w = new World();
  setup?.(w);
  await w.startWorker();
  await w.advance(30 * MIN);
  return w;
}

describe('reminder notifications', () => {
  it('opens the popup when the reminder is clicked, and clears it', async () => {
    const w = await dueWorld();
    const [id] = w.notifications.shown.keys();
    w.notifications.click(id!);
    await w.flush();
    expect(w.action.popupsOpened).toBe(1);
    expect(w.notifications.shown.size).toBe(0);
  });

  it('opens the popup page in a small window where the browser refuses openPopup', async () => {
    const w = await dueWorld((world) => {
      world.action.popupAllowed = false;
    });
    w.notifications.click([...w.notifications.shown.keys()][0]!);
    await w.flush();
    expect(w.windows.opened).toEqual([
      { id: 1, url: 'extension://fake/popup.html?window=1', bounds: { width: 380, height: 600, left: 550, top: 150 } },
    ]);
  });

  it('snoozes from the Snooze button and starts the stretch from the other', async () => {
    const w = await dueWorld();
    const [id] = w.notifications.shown.keys();
    w.notifications.clickButton(id!, 1);
    await w.flush();
    expect((await w.send('status/get')).phase).toBe('snoozed');
    await w.advance(5 * MIN);
    const [again] = w.notifications.shown.keys();
    w.notifications.clickButton(again!, 0);
    await w.flush();
    expect(w.action.popupsOpened).toBe(1);
  });

  it('offers no Snooze button once the snoozes are used up', async () => {
    const w = new World();
    await w.startWorker();
    await w.saveSettings({ snoozeLimitPerBreak: 0 });
    await w.advance(30 * MIN);
    expect(w.notifications.log[0]!.spec.buttons).toEqual(['Start stretch']);
  });

  it('still reminds where buttons are not supported (Firefox), and the click opens the stretch', async () => {
    const w = await dueWorld((world) => {
      world.notifications.buttons = false;
    });
    expect(w.notifications.log).toHaveLength(1);
    expect(w.notifications.log[0]!.spec).toMatchObject({ buttons: [], requireInteraction: false });
    w.notifications.click(w.notifications.log[0]!.id);
    await w.flush();
    expect(w.action.popupsOpened).toBe(1);
  });

  it('uses the routine wording for every third break', async () => {
    const w = new World();
    await w.startWorker();
    for (let i = 0; i < 3; i++) {
      await w.advance(30 * MIN);
      if (i < 2) await w.send('break/done', { stretchIds: [], durationMs: 60_000, completed: true });
    }
    expect(w.notifications.log.at(-1)!.spec.title).toBe('Time for your stretch routine');
  });

  it('ignores notifications it did not create', async () => {
    const w = await dueWorld();
    await w.notifications.show('someone-else', { title: 'x', message: 'y', iconUrl: '', buttons: [], requireInteraction: false });
    w.notifications.click('someone-else');
    await w.flush();
    expect(w.action.popupsOpened).toBe(0);
  });
});

describe('keyboard shortcuts', () => {
  it('break-now makes the break due and opens the popup', async () => {
    const w = new World();
    await w.startWorker();
    w.commands.press('break-now');
    await w.flush();
    expect((await w.send('status/get')).phase).toBe('due');
    expect(w.action.popupsOpened).toBe(1);
  });

  it('toggle-pause pauses until resumed, then resumes', async () => {
    const w = new World();
    await w.startWorker();
    w.commands.press('toggle-pause');
    await w.flush();
    expect(await w.send('status/get')).toMatchObject({ phase: 'paused', until: null });
    w.commands.press('toggle-pause');
    await w.flush();
    expect((await w.send('status/get')).phase).toBe('counting');
  });
});
