// Opening the popup from the background: used where it exists and is allowed, reported otherwise.
import { describe, expect, it, vi } from 'vitest';

const action: {
  openPopup?: () => Promise<void>;
  setBadgeText: () => Promise<void>;
  setBadgeBackgroundColor: () => Promise<void>;
  setTitle: () => Promise<void>;
} = {
  setBadgeText: vi.fn(async () => undefined),
  setBadgeBackgroundColor: vi.fn(async () => undefined),
  setTitle: vi.fn(async () => undefined),
};
vi.mock('../../src/platform/browser', () => ({ default: { action } }));
const { browserAction } = await import('../../src/platform/action');

describe('browserAction.openPopup', () => {
  it('is false where the browser has no openPopup', async () => {
    delete action.openPopup;
    expect(await browserAction().openPopup()).toBe(false);
  });

  it('is false where the browser refuses it (no user gesture, Firefox ESR)', async () => {
    action.openPopup = async () => {
      throw new Error('openPopup requires a user gesture');
    };
    expect(await browserAction().openPopup()).toBe(false);
  });

  it('is true where it opens', async () => {
    action.openPopup = async () => undefined;
    expect(await browserAction().openPopup()).toBe(true);
  });

  it('sets text, colour and title of the badge together', async () => {
    await browserAction().setBadge({ text: '5m', title: 'Next break in 5 min', color: '#4a6572' });
    expect(action.setBadgeText).toHaveBeenCalledWith({ text: '5m' });
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({ color: '#4a6572' });
    expect(action.setTitle).toHaveBeenCalledWith({ title: 'Next break in 5 min' });
  });
});
