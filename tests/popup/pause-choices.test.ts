import { describe, expect, it } from 'vitest';
import { pauseChoiceKey, pauseChoices, pauseUntil } from '../../src/popup/pause-choices';
import { en } from '../support/messages';

describe('pause choices', () => {
  const now = new Date(2026, 10, 24, 22, 45).getTime();

  it('end after the chosen time, at the next midnight, or never', () => {
    expect(pauseUntil('30m', now)).toBe(now + 30 * 60_000);
    expect(pauseUntil('1h', now)).toBe(now + 60 * 60_000);
    expect(pauseUntil('2h', now)).toBe(now + 120 * 60_000);
    expect(pauseUntil('tomorrow', now)).toBe(new Date(2026, 10, 25, 0, 0).getTime());
    expect(pauseUntil('resume', now)).toBeNull();
  });

  it('"until tomorrow" crosses month ends', () => {
    expect(pauseUntil('tomorrow', new Date(2026, 11, 31, 9).getTime())).toBe(new Date(2027, 0, 1).getTime());
  });

  it('each have a label in _locales/en', () => {
    for (const c of pauseChoices) expect(en[pauseChoiceKey[c]]?.message).toMatch(/\S/);
  });
});
