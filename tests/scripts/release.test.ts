// `npm run release`: what a store reviewer downloads must be complete, versioned, made from one
// commit, and rebuilt from the source zip by the commands docs/REVIEWERS.md gives, file for file.
// The release refuses a dirty tree, so it runs in a throwaway git repository holding this tree's
// files (tracked and untracked, as they are on disk, so the test checks the code you have),
// committed there; a developer's own tree can be as dirty as it likes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { filesUnder } from '../../scripts/lib/files-under.mjs';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'unhunch-release-test-'));
const repo = join(work, 'repo');
const out = join(work, 'artifacts');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// Nothing of the test runner's own npm run, nor our overrides, reaches the release.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(UNHUNCH_|npm_config_local_prefix$|npm_package_|npm_lifecycle_)/.test(key)),
);
const git = (...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=Release test', '-c', 'user.email=release-test@example.invalid', '-c', 'commit.gpgsign=false', ...args],
    { cwd: repo, encoding: 'utf8' },
  );
const release = (artifacts: string) =>
  spawnSync(process.execPath, ['scripts/release.mjs'], {
    cwd: repo,
    env: { ...env, UNHUNCH_ARTIFACTS: artifacts },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
const openZip = async (name: string) => JSZip.loadAsync(readFileSync(join(out, name)));
const filesOf = (zip: JSZip) =>
  Object.keys(zip.files)
    .filter((f) => !zip.files[f]!.dir)
    .sort();
let made: ReturnType<typeof release>;

beforeAll(() => {
  mkdirSync(repo);
  // A symbolic link is never copied: a node_modules linked to another checkout's (git ignores only
  // a node_modules folder) would let the release's npm ci empty that checkout's packages.
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && existsSync(join(root, f)) && !lstatSync(join(root, f)).isSymbolicLink());
  for (const file of files) cpSync(join(root, file), join(repo, file), { recursive: true });
  // Until the listing is committed, a stand-in keeps the release's store/ check from failing.
  if (!existsSync(join(repo, 'store'))) {
    mkdirSync(join(repo, 'store'));
    writeFileSync(join(repo, 'store/README.md'), 'Stand-in written by tests/scripts/release.test.ts: this tree has no store/ yet.\n');
  }
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'release test');
  made = release(out);
}, 180_000);
// Two installed trees to remove: on a loaded machine that outlasts vitest's 10 s hook default.
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

describe('npm run release', () => {
  it('succeeds, printing the versions it used and the size of every file', () => {
    expect(made.status, `${made.stdout.slice(-3000)}\n${made.stderr.slice(-3000)}`).toBe(0);
    expect(made.stdout).toContain(`versions: package.json ${version}, chrome manifest ${version}, firefox manifest ${version}`);
    expect(made.stdout).toMatch(new RegExp(`built with: node ${process.version.replace(/\./g, '\\.')}, npm \\d+\\.\\d+\\.\\d+, `));
    for (const kind of ['chrome', 'firefox', 'source'])
      expect(made.stdout).toMatch(new RegExp(`unhunch-${kind}-${version}\\.zip +[\\d,]+ bytes`));
  });

  it('refuses a tree with uncommitted changes or untracked files, and writes nothing', () => {
    const refused = join(work, 'refused');
    writeFileSync(join(repo, 'README.md'), '\nA change not yet committed.\n', { flag: 'a' });
    const changed = release(refused);
    git('checkout', '--', 'README.md');
    writeFileSync(join(repo, 'notes.txt'), 'not in git\n');
    const untracked = release(refused);
    rmSync(join(repo, 'notes.txt'));
    for (const [result, file] of [
      [changed, ' M README.md'],
      [untracked, '?? notes.txt'],
    ] as const) {
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/refusing to release: the working tree has uncommitted changes/);
      expect(result.stderr).toContain(file);
    }
    expect(existsSync(refused)).toBe(false);
  });

  it('writes store zips of the built extension only, versioned, with the licence notices', async () => {
    for (const target of ['chrome', 'firefox']) {
      const zip = await openZip(`unhunch-${target}-${version}.zip`);
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
      expect(manifest.version).toBe(version);
      const files = filesOf(zip);
      expect(files).toEqual(expect.arrayContaining(['popup.html', '_locales/de/messages.json', 'LICENSES.txt']));
      expect(files.filter((f) => /\.(ts|tsx|map)$|^src\/|^tests\//.test(f))).toEqual([]);
    }
    const firefox = JSON.parse(await (await openZip(`unhunch-firefox-${version}.zip`)).file('manifest.json')!.async('string'));
    expect(Object.keys(firefox.browser_specific_settings)).toEqual(['gecko']);
  });

  it('writes the source zip from the same commit, and copies its store folder', async () => {
    const source = filesOf(await openZip(`unhunch-source-${version}.zip`));
    const committed = git('ls-files')
      .split('\n')
      .filter(Boolean)
      .map((f) => `unhunch-${version}/${f}`)
      .sort();
    expect(source).toEqual(committed);
    expect(source).toEqual(
      expect.arrayContaining(['package-lock.json', '.nvmrc', 'docs/REVIEWERS.md', 'build.mjs'].map((f) => `unhunch-${version}/${f}`)),
    );
    const store = join(out, `unhunch-store-${version}`);
    expect(filesUnder(store)).toEqual(filesUnder(join(repo, 'store')));
    for (const f of filesUnder(store)) expect(readFileSync(join(store, f)).equals(readFileSync(join(repo, 'store', f))), f).toBe(true);
  });

  it("rebuilds, from the source zip and with the reviewers' note's commands as written, exactly the store zips", {
    timeout: 180_000,
  }, async () => {
    const note = readFileSync(join(repo, 'docs/REVIEWERS.md'), 'utf8');
    const commands = /```sh\n([\s\S]*?)```/.exec(note)?.[1] ?? '';
    expect(commands.split('\n').filter(Boolean)).toEqual([
      `unzip unhunch-source-${version}.zip`,
      `cd unhunch-${version}`,
      'npm ci',
      'npm run build',
    ]);
    const reviewer = join(work, 'reviewer');
    mkdirSync(reviewer);
    cpSync(join(out, `unhunch-source-${version}.zip`), join(reviewer, `unhunch-source-${version}.zip`));
    // The commands are run as written; the environment only lets npm take its cache before the
    // network and skip the audit and funding messages, which change nothing that is installed.
    const rebuilt = spawnSync('bash', ['-euc', commands], {
      cwd: reviewer,
      env: { ...env, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(rebuilt.status, `${rebuilt.stdout.slice(-3000)}\n${rebuilt.stderr.slice(-3000)}`).toBe(0);
    for (const target of ['chrome', 'firefox']) {
      const dist = join(reviewer, `unhunch-${version}`, 'dist', target);
      const zip = await openZip(`unhunch-${target}-${version}.zip`);
      expect(filesUnder(dist), target).toEqual(filesOf(zip));
      for (const file of filesOf(zip)) {
        const same = Buffer.from(await zip.file(file)!.async('uint8array')).equals(readFileSync(join(dist, file)));
        expect(same, `${target}/${file} differs from the store zip`).toBe(true);
      }
    }
  });
});
