import { beforeAll, describe, expect, it } from 'vitest';
import { formatUntil, statusText } from '../../src/popup/status-text';
import { installEnglish } from '../support/messages';
import { status } from './fake-connector';

beforeAll(installEnglish);
const now = new Date(2026, 10, 24, 9, 30).getTime();

describe('statusText', () => {
  it('rounds the time left up to whole minutes, never below one', () => {
    expect(statusText(status({ remainingMs: 29 * 60_000 + 1 }), now, 'en')).toBe('Next break in 30 min');
    expect(statusText(status({ remainingMs: 60_000 }), now, 'en')).toBe('Next break in 1 min');
    expect(statusText(status({ remainingMs: 0 }), now, 'en')).toBe('Next break in 1 min');
    expect(statusText(status({ phase: 'idle', remainingMs: 5 * 60_000 }), now, 'en')).toBe('Next break in 5 min');
  });

  it('names the due break by its kind', () => {
    expect(statusText(status({ phase: 'due' }), now, 'en')).toBe('Time for a break');
    expect(statusText(status({ phase: 'due', breakKind: 'routine' }), now, 'en')).toBe('Time for your 5-minute routine');
  });

  it('gives pause and snooze ends as local clock times in the UI language', () => {
    const at = new Date(2026, 10, 24, 15, 30).getTime();
    expect(statusText(status({ phase: 'paused', until: at }), now, 'en-GB')).toBe('Paused until 15:30');
    expect(statusText(status({ phase: 'paused', until: at }), now, 'en-US')).toBe('Paused until 3:30\u00a0PM');
    expect(statusText(status({ phase: 'paused', until: null }), now, 'en')).toBe('Paused until you resume');
    expect(statusText(status({ phase: 'snoozed', until: now + 5 * 60_000 }), now, 'en-GB')).toBe('Snoozed until 09:35');
    expect(statusText(status({ phase: 'outsideHours' }), now, 'en')).toBe('Outside your working hours');
  });

  it('keeps a clock time whole where the status line wraps (no-break spaces)', () => {
    const at = new Date(2026, 10, 24, 22, 35).getTime();
    expect(formatUntil(at, now, 'en-US')).toBe('10:35\u00a0PM');
    expect(formatUntil(at, now, 'en-US')).not.toMatch(/[ \u202f]/);
  });

  it('says "tomorrow" for midnight and adds the weekday for a later day', () => {
    expect(formatUntil(new Date(2026, 10, 25).getTime(), now, 'en-GB')).toBe('tomorrow');
    expect(formatUntil(new Date(2026, 10, 26, 8, 0).getTime(), now, 'en-GB')).toBe('Thu\u00a008:00');
    expect(formatUntil(new Date(2026, 10, 26, 8, 0).getTime(), now, 'de')).toBe('Do.,\u00a008:00');
  });
});
