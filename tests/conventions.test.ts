// The project's own rules, checked so they hold without anyone remembering them.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const sources = walk(join(root, 'src'))
  .filter((f) => /\.(ts|tsx)$/.test(f))
  .map((f) => ({ path: relative(root, f), text: readFileSync(f, 'utf8') }));

/** Every module specifier a source file imports or re-exports, static or dynamic. */
function importsOf(source: { text: string }): string[] {
  return [...source.text.matchAll(/(?:\bfrom|^\s*import|\bimport\()\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}
/** Whether a specifier imported from `from` points inside `dir` (a bare package never does). */
function resolvesUnder(from: string, spec: string, dir: string): boolean {
  if (!spec.startsWith('.')) return false;
  return `${join(dirname(from), spec)}/`.startsWith(dir);
}

describe('conventions', () => {
  it('imports webextension-polyfill in exactly one module', () => {
    const importers = sources.filter((s) => /from ['"]webextension-polyfill['"]/.test(s.text)).map((s) => s.path);
    expect(importers).toEqual(['src/platform/browser.ts']);
  });

  it('touches the browser namespace only from src/platform (not core, not pages, not fakes)', () => {
    const offenders = sources
      .filter((s) => !s.path.startsWith('src/platform/') || s.path.startsWith('src/platform/fakes/'))
      // Pages may wait for `browserReady()`, but take the namespace itself only through adapters.
      .filter((s) =>
        /import browser\b[^;]*from ['"](\.\.?\/)+(platform\/)?browser['"]|\bchrome\.\w+\.|\bbrowser\.(runtime|alarms|storage|idle|tabs|windows|action|notifications|i18n)\b/.test(
          s.text,
        ),
      )
      .map((s) => s.path);
    expect(offenders).toEqual([]);
  });

  it('keeps src/core pure: it imports only from src/core (no package, no other folder)', () => {
    const offenders = sources
      .filter((s) => s.path.startsWith('src/core/'))
      .flatMap((s) =>
        importsOf(s)
          .filter((spec) => !resolvesUnder(s.path, spec, 'src/core/'))
          .map((spec) => `${s.path} -> ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it('keeps pages apart: a page imports its own folder, ui, core, platform, storage and shared, never another page', () => {
    const pages = ['popup', 'options', 'stats', 'welcome', 'offscreen'];
    const allowed = ['src/ui/', 'src/core/', 'src/platform/', 'src/storage/', 'src/shared/'];
    const offenders = sources
      .filter((s) => pages.some((page) => s.path.startsWith(`src/${page}/`)))
      .flatMap((s) => {
        const own = `src/${s.path.split('/')[1]}/`;
        return importsOf(s)
          .filter((spec) => spec.startsWith('.'))
          .filter((spec) => ![own, ...allowed].some((dir) => resolvesUnder(s.path, spec, dir)))
          .map((spec) => `${s.path} -> ${spec}`);
      });
    expect(offenders).toEqual([]);
  });

  it('keeps the shared layers below the pages: ui, storage and shared import no page and no background', () => {
    const below = ['src/ui/', 'src/storage/', 'src/shared/', 'src/platform/'];
    const above = ['src/popup/', 'src/options/', 'src/stats/', 'src/welcome/', 'src/offscreen/', 'src/background/'];
    const offenders = sources
      .filter((s) => below.some((dir) => s.path.startsWith(dir)))
      .flatMap((s) =>
        importsOf(s)
          .filter((spec) => above.some((dir) => resolvesUnder(s.path, spec, dir)))
          .map((spec) => `${s.path} -> ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it('keeps src/shared to what the background and the pages both need: the message map, the live port and i18n', () => {
    expect(
      sources
        .filter((s) => s.path.startsWith('src/shared/'))
        .map((s) => s.path)
        .sort(),
    ).toEqual(['src/shared/i18n.ts', 'src/shared/live-port.ts', 'src/shared/messages.ts']);
  });

  it('names every storage key in src/storage/keys.ts: no store reads or writes a literal key', () => {
    const offenders = sources
      .filter((s) => s.path.startsWith('src/storage/') || s.path.startsWith('src/background/') || s.path.startsWith('src/platform/'))
      .filter((s) => /\.(get|getMany|set|remove|onKeyChanged)\(\s*\[?\s*['"`]/.test(s.text))
      .map((s) => s.path);
    expect(offenders).toEqual([]);
  });

  it('names every storage key from src/storage/keys.ts in the tests too (every suite, e2e and support)', async () => {
    // A key renamed in keys.ts then reaches the tests too, instead of leaving one reading nothing.
    // Only storage and IndexedDB calls are judged (alarm names and Map keys are not storage keys).
    const keys = Object.values((await import('../src/storage/keys')) as Record<string, unknown>).filter(
      (v): v is string => typeof v === 'string',
    );
    const quoted = (k: string) => `['"\`]${k.replace(/[.]/g, '\\.')}['"\`]`;
    const literal = new RegExp(
      keys
        .map(
          (k) =>
            `\\.(?:get|getMany|set|remove|onKeyChanged|open)\\(\\s*\\[?\\s*${quoted(k)}|\\.set\\(\\s*\\{\\s*(?:${quoted(k)}|${k.replace(/[.]/g, '\\.')})\\s*:`,
        )
        .join('|'),
    );
    const harness = walk(join(root, 'tests'))
      .filter((f) => /\.(ts|tsx|mjs)$/.test(f))
      .map((f) => ({ path: relative(root, f), text: readFileSync(f, 'utf8') }))
      // This file quotes a literal key to test the check itself.
      .filter((s) => s.path !== 'tests/conventions.test.ts');
    expect(harness.length).toBeGreaterThan(100);
    expect(harness.filter((s) => literal.test(s.text)).map((s) => s.path)).toEqual([]);
    // The check itself sees a literal key.
    expect(literal.test(`this.session.set('${keys[0]}', 1)`)).toBe(true);
  });

  describe('the e2e suites', () => {
    const e2e = walk(join(root, 'tests/e2e'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => ({ path: relative(root, f), text: readFileSync(f, 'utf8') }));
    const drivers = ['tests/e2e/support/driver.ts', 'tests/e2e/support/driver-chromium.ts', 'tests/e2e/support/driver-firefox.ts'];

    it('reach the browsers through the driver: only drivers import the raw launchers (support/chromium, support/firefox)', () => {
      expect(e2e.length).toBeGreaterThan(20);
      const launchers = ['tests/e2e/support/chromium', 'tests/e2e/support/firefox'];
      const offenders = e2e
        .filter((s) => !drivers.includes(s.path))
        .flatMap((s) =>
          importsOf(s)
            .filter(
              (spec) => spec.startsWith('.') && launchers.includes(relative(root, join(root, dirname(s.path), spec)).replace(/\.ts$/, '')),
            )
            .map((spec) => `${s.path} -> ${spec}`),
        );
      expect(offenders).toEqual([]);
    });

    it('send messages through the driver: no file but driver.ts writes the message envelope ({ unhunch: 1, ... }) by hand', () => {
      const handWritten = /\bunhunch\s*:\s*1\b/;
      expect(handWritten.test("chrome.runtime.sendMessage({ unhunch: 1, type: 'status/get' })")).toBe(true);
      expect(e2e.filter((s) => s.path !== 'tests/e2e/support/driver.ts' && handWritten.test(s.text)).map((s) => s.path)).toEqual([]);
    });

    it("registers a describe for one browser alone only in that browser's half: a shared suite that launches one browser by name asks runsIn() first", () => {
      const shared = e2e.filter((s) => /\.test\.ts$/.test(s.path) && !/-(chromium|firefox)\.test\.ts$/.test(s.path));
      const unguarded = shared.flatMap((s) =>
        (['chromium', 'firefox'] as const)
          .filter((b) => s.text.includes(`launch('${b}'`) && !s.text.includes(`runsIn('${b}')`))
          .map((b) => `${s.path} (${b})`),
      );
      expect(unguarded).toEqual([]);
    });

    it('move simulated time only on the clock the test controls: nothing but support/clock.ts sets a libfaketime spec', () => {
      const spec = /\bFAKETIME\s*[:=]|\bfaketime\s*:/;
      expect(spec.test("launch('chromium', { faketime: '+0 x60' })")).toBe(true);
      expect(e2e.filter((s) => s.path !== 'tests/e2e/support/clock.ts' && spec.test(s.text)).map((s) => s.path)).toEqual([]);
    });

    it('wait and open the popup with support/ helpers: no suite defines its own until, waitFor or openPopup', () => {
      const own = /^\s*(?:export\s+)?(?:async\s+)?(?:function\s+|const\s+)(?:until|waitFor|openPopup)\b/m;
      const offenders = e2e
        .filter((s) => !s.path.startsWith('tests/e2e/support/'))
        .filter((s) => own.test(s.text))
        .map((s) => s.path);
      expect(offenders).toEqual([]);
    });
  });

  it('reaches speech synthesis only through its adapter, which never lets the browser pick a voice', () => {
    const users = sources.filter((s) => /\bspeechSynthesis\b|SpeechSynthesisUtterance/.test(s.text)).map((s) => s.path);
    expect(users).toEqual(['src/platform/speech.ts']);
  });

  it("takes a stretch's words only from ui/stretch-words.ts, which knows a built-in's keys from a person's own text", () => {
    const offenders = sources
      .filter((s) => !s.path.startsWith('src/core/') && s.path !== 'src/ui/stretch-words.ts')
      .filter((s) => /\b(nameKey|stepKeys|holdKey|cautionKey)\b/.test(s.text))
      .map((s) => s.path);
    expect(offenders).toEqual([]);
  });

  it('never builds markup from strings or evaluates code', () => {
    const offenders = sources
      .filter((s) => /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|\beval\(|new Function\(|document\.write/.test(s.text))
      .map((s) => s.path);
    expect(offenders).toEqual([]);
  });

  it('queues work only with serial() from src/core/serial.ts, never with a promise chain of its own', () => {
    // A hand-rolled queue keeps a tail promise and re-assigns it after each task
    // (`queue = run.catch(...)`), usually seeded with `= Promise.resolve()`.
    const reassignedTail = /(?:^|[^\w.=!<>?])(?:this\.)?\w+\s*=\s*[\w.]+\.(?:then|catch|finally)\(/;
    const seededTail = /\w+(?:\s*:\s*Promise<[^>]*>)?\s*=\s*Promise\.resolve\(\)/;
    const offenders = sources
      .filter((s) => s.path !== 'src/core/serial.ts')
      .flatMap((s) => s.text.split('\n').map((line, i) => ({ line, at: `${s.path}:${i + 1}` })))
      .filter(({ line }) => seededTail.test(line) || (reassignedTail.test(line) && !/^\s*(?:export\s+)?(?:const|let|var)\s/.test(line)))
      .map(({ at }) => at);
    expect(offenders).toEqual([]);
  });

  it("keeps the options page's half of the settings table (labels, sections) out of the worker", () => {
    const byPath = new Map(sources.map((s) => [s.path, s]));
    const resolve = (from: string, spec: string) =>
      ['', '.ts', '.tsx', '/index.ts'].map((end) => relative(root, join(root, dirname(from), spec)) + end).find((p) => byPath.has(p));
    const reached = new Set<string>();
    const visit = (path: string) => {
      if (reached.has(path)) return;
      reached.add(path);
      for (const spec of importsOf(byPath.get(path)!).filter((x) => x.startsWith('.'))) {
        const next = resolve(path, spec);
        if (next) visit(next);
      }
    };
    visit('src/background/index.ts');
    expect(reached.size).toBeGreaterThan(20);
    expect(reached.has('src/core/settings/settings-table.ts')).toBe(true);
    expect(reached.has('src/ui/field-labels.ts')).toBe(false);
  });

  it('calls the message map as typed: no page or module casts a send or what it answers', () => {
    // A cast such as `(connector.send as (t: MessageType) => Promise<StatusView>)` compiles
    // whatever the map says, so a changed request or response would go unnoticed.
    const cast = /\.send\s+as\b|\.send\([^()]*\)\s+as\b/;
    expect(cast.test('(connector.send as (t: MessageType) => Promise<StatusView>)(type)')).toBe(true);
    expect(cast.test("await connector.send('status/get') as StatusView")).toBe(true);
    expect(sources.filter((s) => cast.test(s.text)).map((s) => s.path)).toEqual([]);
  });

  it('keeps files small enough to read in one sitting', () => {
    const long = sources.filter((s) => s.text.split('\n').length > 250).map((s) => `${s.path} (${s.text.split('\n').length} lines)`);
    expect(long).toEqual([]);
  });
});
