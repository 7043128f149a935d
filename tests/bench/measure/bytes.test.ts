// The bench's bytes measurement on an extension laid out like a real peer (GitHub
// sudipto68/dev-break-enforcer): pages in sub-folders loading their scripts from their own
// folder, options_page, a content script, a page no manifest key names, and a variant with no
// popup and options_ui. `--peer` used to crash with ENOENT on newtab.js, resolved from the root.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { measureBytes, pageFiles, resolveRef } from '../../../bench/measure/bytes.mjs';
import { peerCopyWithBlankPage, peerExtension, popupPage } from '../../../bench/lib/extensions.mjs';

const FIXTURE = fileURLToPath(new URL('../../fixtures/peer-extension/', import.meta.url));
const temp: string[] = [];
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture with its manifest changed, and extra files. */
function variant(change: (m: Record<string, unknown>) => void, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'unhunch-peer-fixture-'));
  temp.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  change(manifest);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('bench bytes: references', () => {
  it('resolves a page\'s scripts from its own folder, "/x" from the root, and drops remote ones', () => {
    expect(resolveRef('newtab.js', 'newtab')).toBe('newtab/newtab.js');
    expect(resolveRef('../shared/x.css', 'popup')).toBe('shared/x.css');
    expect(resolveRef('/lib/x.js', 'popup')).toBe('lib/x.js');
    expect(resolveRef('./popup.js?v=2#top', 'popup')).toBe('popup/popup.js');
    expect(resolveRef('https://cdn.example/x.js', '')).toBeNull();
    expect(resolveRef('//cdn.example/x.js', '')).toBeNull();
    expect(resolveRef('../../outside.js', 'popup')).toBeNull();
    expect(pageFiles('newtab/newtab.html', readFileSync(join(FIXTURE, 'newtab/newtab.html'), 'utf8'))).toEqual([
      'newtab/newtab.html',
      'newtab/newtab.js',
      'newtab/newtab.css',
    ]);
  });
});

describe('bench bytes: a peer shaped like dev-break-enforcer', () => {
  it('measures every page with the files next to it, by role where the manifest names it', () => {
    const { entries, total } = measureBytes(peerExtension(FIXTURE));
    expect(Object.keys(entries).sort()).toEqual(['background', 'content', 'newtab/newtab', 'options', 'overlay/overlay', 'popup']);
    expect(entries.background!.files).toEqual(['background/service-worker.js']);
    expect(entries.popup!.files).toEqual(['popup/popup.html', 'popup/popup.js', 'popup/popup.css']);
    expect(entries.options!.files).toEqual(['options/options.html', 'options/options.js', 'options/options.css']);
    expect(entries['newtab/newtab']!.files).toEqual(['newtab/newtab.html', 'newtab/newtab.js', 'newtab/newtab.css']);
    expect(entries.content!.files).toEqual(['content/overlay.js']);
    for (const e of Object.values(entries)) {
      expect(e.missing).toBeUndefined();
      expect(e.gzip).toBeGreaterThan(0);
    }
    expect(total.files).toEqual(['15 files']);
  });

  it('handles no popup, options_ui, and ignores a .git folder; a missing file is noted, not fatal', () => {
    const dir = variant(
      (m) => {
        delete m.action;
        delete m.options_page;
        m.options_ui = { page: 'options/options.html', open_in_tab: true };
      },
      { '.git/HEAD': 'ref: refs/heads/main\n', 'popup/extra.html': '<script src="gone.js"></script>' },
    );
    const { entries, total } = measureBytes(peerExtension(dir));
    expect(entries.popup).toBeUndefined();
    expect(entries.options!.files[0]).toBe('options/options.html');
    expect(entries['popup/popup']!.files).toEqual(['popup/popup.html', 'popup/popup.js', 'popup/popup.css']);
    expect(entries['popup/extra']!.missing).toEqual(['popup/gone.js']);
    expect(total.files).toEqual(['16 files']);
  });

  it("counts a Firefox event page's scripts as the background, and leaves out the bench's own files", () => {
    const dir = variant(
      (m) => {
        m.background = { scripts: ['background/service-worker.js', '/popup/popup.js'] };
      },
      { 'bench-blank.html': '<p id="bench-blank">blank</p>', 'bench-probe.js': 'void 0;' },
    );
    const { entries, total } = measureBytes(peerExtension(dir));
    expect(entries.background!.files).toEqual(['background/service-worker.js', 'popup/popup.js']);
    expect(entries['bench-blank']).toBeUndefined();
    expect(entries['bench-probe.js']).toBeUndefined();
    expect(total.files).toEqual(['15 files']);
  });

  it('refuses a directory that is not an unpacked MV3 extension, saying why', () => {
    expect(() => peerExtension(join(FIXTURE, 'popup'))).toThrow(/no manifest\.json there/);
    const mv2 = variant((m) => {
      m.manifest_version = 2;
    });
    expect(() => peerExtension(mv2)).toThrow(/manifest_version is 2/);
  });
});

// Popup ready for a peer: its popup is found from the manifest, and it is timed in a copy that
// has the bench's blank page, so the peer's own directory is never changed.
describe('bench popup ready: a peer', () => {
  it('finds the popup the manifest names, wherever it sits, and none when there is none', () => {
    expect(popupPage(peerExtension(FIXTURE))).toBe('popup/popup.html');
    expect(
      popupPage(
        peerExtension(
          variant((m) => {
            m.action = { default_popup: './popup/popup.html' };
          }),
        ),
      ),
    ).toBe('popup/popup.html');
    expect(
      popupPage(
        peerExtension(
          variant((m) => {
            delete m.action;
          }),
        ),
      ),
    ).toBeNull();
  });

  it('times a copy with the blank page added, leaving the peer as it was', () => {
    const peer = peerExtension(FIXTURE);
    const copy = peerCopyWithBlankPage(peer);
    temp.push(copy.dir);
    expect(copy.dir).not.toBe(peer.dir);
    expect(readFileSync(join(copy.dir, 'bench-blank.html'), 'utf8')).toContain('id="bench-blank"');
    expect(readFileSync(join(copy.dir, 'popup/popup.html'), 'utf8')).toBe(readFileSync(join(FIXTURE, 'popup/popup.html'), 'utf8'));
    expect(() => readFileSync(join(FIXTURE, 'bench-blank.html'))).toThrow(/ENOENT/);
  });
});
