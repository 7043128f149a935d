// The real notifications adapter over a stand-in browser: buttons where they work, a plain
// notification where the browser refuses them (Firefox), learned once without sniffing.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { id: string; options: Record<string, unknown> }[] = [];
let refuseButtons = false;

vi.mock('../../src/platform/browser', () => ({
  default: {
    notifications: {
      async create(id: string, options: Record<string, unknown>) {
        if (refuseButtons && ('buttons' in options || 'requireInteraction' in options))
          throw new Error('Type error for parameter options: Property "buttons" is unsupported by Firefox');
        created.push({ id, options });
        return id;
      },
      async clear() {
        return true;
      },
      async getAll() {
        return Object.fromEntries(created.map((c) => [c.id, true]));
      },
      onClicked: { addListener() {} },
      onButtonClicked: { addListener() {} },
    },
  },
}));

const { browserNotifications } = await import('../../src/platform/notifications');
const spec = {
  title: 'Time for a short break',
  message: 'Sit tall.',
  iconUrl: 'icon.png',
  buttons: ['Start stretch', 'Snooze'],
  requireInteraction: true,
};

beforeEach(() => {
  created.length = 0;
  refuseButtons = false;
});

describe('browserNotifications', () => {
  it('shows buttons where the browser takes them', async () => {
    await browserNotifications().show('a', spec);
    expect(created).toEqual([
      {
        id: 'a',
        options: {
          type: 'basic',
          title: spec.title,
          message: spec.message,
          iconUrl: 'icon.png',
          buttons: [{ title: 'Start stretch' }, { title: 'Snooze' }],
          requireInteraction: true,
        },
      },
    ]);
  });

  it('falls back to a basic notification where buttons are refused, and stops trying', async () => {
    refuseButtons = true;
    const notifications = browserNotifications();
    await notifications.show('a', spec);
    await notifications.show('b', spec);
    expect(created.map((c) => [c.id, 'buttons' in c.options || 'requireInteraction' in c.options])).toEqual([
      ['a', false],
      ['b', false],
    ]);
  });

  it('lists the ids it shows', async () => {
    const notifications = browserNotifications();
    await notifications.show('a', spec);
    expect(await notifications.list()).toEqual(['a']);
  });
});
