import { describe, expect, it } from 'vitest';
import { afterNotifyFailed, reminderRoute, stretchWindowBounds, WHEN_DUE } from '../../../src/core/delivery/route';

describe('reminderRoute', () => {
  it('follows the setting while notifications are allowed or the browser cannot say', () => {
    for (const permission of ['granted', 'unknown'] as const) {
      expect(reminderRoute('notification', permission)).toEqual({ notify: true, window: false, fallback: null });
      expect(reminderRoute('window', permission)).toEqual({ notify: false, window: true, fallback: null });
      expect(reminderRoute('both', permission)).toEqual({ notify: true, window: true, fallback: null });
    }
  });

  it('opens the window instead of a notification that is turned off, and says why', () => {
    expect(reminderRoute('notification', 'denied')).toEqual({ notify: false, window: true, fallback: 'blocked' });
    expect(reminderRoute('both', 'denied')).toEqual({ notify: false, window: true, fallback: 'blocked' });
  });

  it('needs no reason when the window was asked for anyway', () => {
    expect(reminderRoute('window', 'denied')).toEqual({ notify: false, window: true, fallback: null });
  });

  it('turns a failed notification into the window', () => {
    expect(afterNotifyFailed()).toEqual({ notify: false, window: true, fallback: 'failed' });
  });

  it('lists the choices in the order options shows them', () => {
    expect(WHEN_DUE).toEqual(['notification', 'window', 'both']);
  });
});

describe('stretchWindowBounds', () => {
  it('centres the window over the one last used', () => {
    expect(stretchWindowBounds({ left: 0, top: 0, width: 1920, height: 1080 })).toEqual({ width: 380, height: 600, left: 770, top: 240 });
  });

  it('keeps to the top-left corner of a window smaller than itself (a second screen left of the first)', () => {
    expect(stretchWindowBounds({ left: -1200, top: 10, width: 300, height: 400 })).toEqual({
      width: 380,
      height: 600,
      left: -1200,
      top: 10,
    });
  });

  it('leaves the place to the browser when it is unknown', () => {
    expect(stretchWindowBounds(null)).toEqual({ width: 380, height: 600 });
    expect(stretchWindowBounds({ width: 800 })).toEqual({ width: 380, height: 600 });
  });
});
