// Which lines of Firefox's output the harness counts as errors of our add-on (no browser needed).
import { describe, expect, it } from 'vitest';
import { errorInLine } from './firefox-console';

const ORIGIN = 'moz-extension://1234/';

describe('errorInLine', () => {
  it('counts console.error calls of pages, whatever their arguments', () => {
    for (const line of [
      'console.error: "planted"',
      'console.error: "a" ({a:1})',
      'console.error: (new Error("x", "moz-extension://1234/stats.html", 2))',
      'console.error: 42',
      'console.error: undefined',
    ]) {
      expect(errorInLine(line, ORIGIN)).toBe(line);
    }
  });

  it('counts uncaught errors of our pages and event page only', () => {
    expect(errorInLine('JavaScript error: moz-extension://1234/stats.html, line 1: Error: planted', ORIGIN)).not.toBeNull();
    expect(errorInLine('JavaScript error: moz-extension://9999/x.html, line 1: Error: theirs', ORIGIN)).toBeNull();
    expect(errorInLine('JavaScript error: resource://gre/modules/PrivateBrowsingUtils.sys.mjs, line 50: TypeError: x', ORIGIN)).toBeNull();
  });

  it("leaves Firefox's own named consoles, warnings and logs alone", () => {
    for (const line of [
      'console.error: RSLoader: ',
      'console.error: services.settings: failed',
      'console.warn: "careful"',
      'console.log: "unhunch-harness-marker-1"',
      'Handler function threw an exception: TypeError',
    ]) {
      expect(errorInLine(line, ORIGIN)).toBeNull();
    }
  });
});
