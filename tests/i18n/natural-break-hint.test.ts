// The options hint for the natural break says what the engine does (src/core/scheduler: presence
// and clock). The one number in it, how much of a closed browser may go uncounted, is the
// engine's: the longest wait for the next alive mark, its one repeat and the wake slack
// (surelyClosedFrom). Every language states that number.
import { describe, expect, it } from 'vitest';
import { loadLocales } from '../../scripts/lib/locales.mjs';
import { ALARM_RETRY_MS, ALIVE_MAX_MS, MINUTE_MS, WAKE_SLACK_MS } from '../../src/core/scheduler/heartbeat';

const locales = loadLocales(new URL('../../_locales', import.meta.url).pathname);
const unsureMin = (ALIVE_MAX_MS + ALARM_RETRY_MS + WAKE_SLACK_MS) / MINUTE_MS;

describe('the natural-break hint', () => {
  it("uses the engine's figure for the unsure start of a closed browser", () => {
    expect(unsureMin).toBe(19);
  });

  it.each([...locales.keys()])('%s names that figure and no other', (lang) => {
    const hint = locales.get(lang)!.optNaturalBreakHint!.message;
    expect(hint.match(/\d+/g)).toEqual([String(unsureMin)]);
  });
});
