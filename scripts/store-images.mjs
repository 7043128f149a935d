// Store images for the Chrome Web Store, AMO and Edge Add-ons, made from the real extension:
// `npm run build && npm run store:images`.
//
// It builds nothing of the extension itself: it loads dist/chrome (run `npm run build` first) in
// real headless Chromium with a fresh temporary profile, opens the extension's own pages (the
// popup, the stretch window a due break opens, stats, settings), brings them into the state each
// shot shows the way the e2e suite does (tests/e2e/*), takes screenshots at device scale 2, and
// places each on a backdrop page generated in a temporary folder (a soft gradient in the
// extension's colours and a short caption in the shot's language; no browser frame drawn around
// it), which is screenshotted at exactly the store size. Only the stats shots load a temporary
// copy of dist/chrome with one page added that writes a week of history through the extension's
// own history code (as the e2e suite's history driver does for tests/e2e/stats.test.ts);
// the stats page itself is dist/chrome's.
//
// Writes store/images/ (committed; tests/scripts/store-images.test.ts checks them):
//   screenshot-<n>-<shot>-<locale>-<light|dark>.png  1280×800, SHOTS × LOCALES below
//   promo-440x280.png                                 small promo tile
//   store-icon-128.png                                128×128, 96×96 artwork in 16 px of transparent padding
//   edge-logo-300.png                                 300×300 store logo for Edge Add-ons
//
// What to upload where (store/README.md says the same):
//   Chrome Web Store: for each listing language, its five screenshots (the store takes at most 5,
//     1280×800), promo-440x280.png as the small promo tile, store-icon-128.png as the store icon.
//   AMO: the screenshots of each language (1280×800 is AMO's recommended size).
//   Edge Add-ons: the same screenshots (up to 10, 1280×800), promo-440x280.png as the small
//     promotional tile, edge-logo-300.png as the extension store logo.
//
// A new shot is one entry in SHOTS: how to capture it, its layout and its caption per language.
// `--only card,stats` and `--locale de` make part of the set (for trying a change; commit the
// whole set), `--keep` keeps the temporary folder with the raw screenshots.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromiumExtensionArgs } from './lib/chromium-args.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// As the build writes it (UNHUNCH_DIST moves dist/, as for `npm run build` and the bench).
const DIST = join(process.env.UNHUNCH_DIST ?? join(ROOT, 'dist'), 'chrome');
export const OUT_DIR = join(ROOT, 'store/images');
const CHROMIUM = process.env.UNHUNCH_CHROMIUM ?? '/usr/lib/chromium/chromium';
const FAKETIME_LIB = process.env.UNHUNCH_FAKETIME_LIB ?? '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';

/** The screenshot size all three stores take. */
export const SCREENSHOT = { width: 1280, height: 800 };

/** Languages the screenshots are made in: Chromium's UI language picks the extension's locale. */
export const LOCALES = {
  en: { lang: 'en-US' },
  de: { lang: 'de' },
};

/**
 * The screenshots, in upload order. `browser` says which browser run takes it: `plain` is
 * dist/chrome; `window` runs the clock 60× faster under libfaketime so that a one-minute break
 * comes due and opens the stretch window by itself; `history` is the copy with a week of history.
 * `capture` returns screenshots at device scale 2 with their size in CSS pixels; `layout` places
 * them: `side` (caption left, a tall shot right) or `stack` (caption above a wide shot).
 */
export const SHOTS = [
  {
    n: 1,
    id: 'card',
    scheme: 'light',
    browser: 'plain',
    layout: 'side',
    capture: (b, scheme) => popupCard(b, scheme, 'eagle-arms'),
    caption: {
      en: ['A stretch for every break', 'Clear steps and a drawing of the pose, for stretches you can do at your desk.'],
      de: ['Zu jeder Pause eine Dehnübung', 'Klare Schritte und eine Zeichnung der Haltung, für Übungen direkt am Schreibtisch.'],
    },
  },
  {
    n: 2,
    id: 'timer',
    scheme: 'dark',
    browser: 'plain',
    layout: 'side',
    capture: (b, scheme) => popupTimer(b, scheme, 'cross-body-shoulder'),
    caption: {
      en: [
        'A timer that breathes with you',
        'The circle grows as you breathe in and settles as you breathe out, and the figure moves with you.',
      ],
      de: ['Im Rhythmus deines Atems', 'Der Kreis wächst beim Einatmen und wird beim Ausatmen wieder kleiner. Die Figur bewegt sich mit.'],
    },
  },
  {
    n: 3,
    id: 'window',
    scheme: 'light',
    browser: 'window',
    layout: 'side',
    capture: (b, scheme) => stretchWindowShot(b, scheme, 'standing-side-reach'),
    caption: {
      en: ['Your break comes to you', 'When it is time, a small window opens with your stretch, and it closes itself when you are done.'],
      de: [
        'Die Pause kommt zu dir',
        'Ist es Zeit, öffnet sich ein kleines Fenster mit deiner Übung. Bist du fertig, schließt es sich von selbst.',
      ],
    },
  },
  {
    n: 4,
    id: 'stats',
    scheme: 'dark',
    browser: 'history',
    layout: 'stack',
    capture: (b, scheme) => statsShot(b, scheme),
    caption: {
      en: ['See how your breaks went', 'Breaks per day, your streak, and the time you spent stretching.'],
      de: ['Deine Pausen auf einen Blick', 'Pausen pro Tag, deine Serie und die Zeit, die du mit Dehnen verbracht hast.'],
    },
  },
  {
    n: 5,
    id: 'stretches',
    scheme: 'light',
    browser: 'plain',
    layout: 'stack',
    capture: (b, scheme) => optionsSection(b, scheme, '#stretches'),
    caption: {
      en: ['Stretches that suit your space', 'At the desk only, or on the floor too: you choose what is on offer.'],
      de: ['Übungen, die zu deinem Platz passen', 'Nur am Schreibtisch oder auch auf dem Boden: Du wählst, was dir angeboten wird.'],
    },
  },
  ...['light', 'dark'].map((scheme, i) => ({
    n: 6 + i,
    id: 'editor',
    scheme,
    browser: 'plain',
    layout: 'side',
    capture: (b, scheme) => customEditorShot(b, scheme, 'chair-twist'),
    caption: {
      en: ['Stretches of your own', 'Write the steps, choose a drawing, and share them as a file with your team or your patients.'],
      de: [
        'Deine eigenen Übungen',
        'Schritte schreiben, eine Zeichnung wählen und sie als Datei mit deinem Team oder deinen Patienten teilen.',
      ],
    },
  })),
];

/** Tagline on the promo tile (English; the tile is the same for every listing language). */
const TAGLINE = 'Posture breaks with guided desk stretches';

export const screenshotFile = (shot, locale) => `screenshot-${shot.n}-${shot.id}-${locale}-${shot.scheme}.png`;

/**
 * Every image the script makes: the screenshots (SHOTS in every language), the promo tile and
 * the icons. A job with `capture` is shot in a browser run of its kind and composed by `compose`
 * into an HTML page of its size; a job with `draw` is rendered from the icon's SVG.
 */
function jobs() {
  const list = [];
  for (const locale of Object.keys(LOCALES)) {
    for (const shot of SHOTS) {
      list.push({
        kind: 'screenshot',
        id: shot.id,
        file: screenshotFile(shot, locale),
        ...SCREENSHOT,
        locale,
        scheme: shot.scheme,
        browser: shot.browser,
        capture: shot.capture,
        compose: (images, iconUrl) =>
          backdropPage({
            scheme: shot.scheme,
            lang: locale,
            body: LAYOUTS[shot.layout]({ caption: shot.caption[locale], images, iconUrl }),
          }),
      });
    }
  }
  list.push({
    kind: 'promo',
    id: 'promo',
    file: 'promo-440x280.png',
    width: 440,
    height: 280,
    locale: 'en',
    scheme: 'light',
    browser: 'plain',
    capture: (b, scheme) => popupHero(b, scheme, 'eagle-arms'),
    compose: (images, iconUrl) => promoPage({ iconUrl, hero: images[0] }),
  });
  list.push({
    kind: 'icon',
    id: 'icons',
    file: 'store-icon-128.png',
    width: 128,
    height: 128,
    draw: (Resvg) => renderIcon(Resvg, 128, 96),
  });
  list.push({
    kind: 'icon',
    id: 'icons',
    file: 'edge-logo-300.png',
    width: 300,
    height: 300,
    draw: (Resvg) => renderIcon(Resvg, 300, 300),
  });
  return list;
}

/** Every file the script writes into store/images, with its exact size. */
export function outputs() {
  return jobs().map(({ kind, id, file, width, height, locale, scheme }) => ({ kind, id, file, width, height, locale, scheme }));
}

// ---------------------------------------------------------------------------------------------
// Browsers

/** Real Chromium with an extension loaded, as tests/e2e/support/chromium.ts launches it. */
async function launchExtension(chromium, { extensionDir = DIST, lang, faketime = null }) {
  const profile = mkdtempSync(join(tmpdir(), 'unhunch-store-profile-'));
  const env = { ...process.env };
  // Chromium on Linux takes its UI language from the environment as well as from --lang.
  Object.assign(env, { LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` });
  if (faketime) Object.assign(env, { LD_PRELOAD: FAKETIME_LIB, FAKETIME: faketime, FAKETIME_DONT_RESET: '1' });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    env,
    locale: lang,
    // The stretch window keeps the size the extension gives it only without a fixed viewport;
    // the device scale then comes from the screen given on the command line.
    ...(faketime ? { viewport: null } : { viewport: { width: 1000, height: 800 }, deviceScaleFactor: 2 }),
    args: [
      ...chromiumExtensionArgs(extensionDir, lang),
      // A screen of 1280×800 at device scale 2: the stretch window must fit on it (Chromium
      // refuses bounds less than half on screen, and the window falls back to a notification).
      ...(faketime ? ['--screen-info={2560x1600 devicePixelRatio=2}'] : []),
    ],
  });
  const errors = [];
  context.on('weberror', (e) => errors.push(e.error().message));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    errors,
    url: (path) => `chrome-extension://${id}/${path}`,
    async page(path, scheme, viewport) {
      const page = await context.newPage();
      // In front, as the page a person looks at (the welcome tab opens after install).
      await page.bringToFront();
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'no-preference' });
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(this.url(path));
      await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of dist/chrome with one page more (never in the shipped build): it appends history
 * events through the extension's own history code, as the e2e suite's history driver does
 * (tests/fixtures/e2e/history-driver.ts), so the stats page reads a week that the real code wrote.
 */
async function historyExtension(esbuild, dir) {
  cpSync(DIST, dir, { recursive: true });
  await esbuild.build({
    stdin: {
      contents: `import { pageHistory } from './src/storage/history/open';
        globalThis.appendHistory = async (events) => {
          const store = await pageHistory().open();
          for (const e of events) await store.append(e);
          store.close();
          return store.backend;
        };`,
      resolveDir: ROOT,
      loader: 'ts',
      sourcefile: 'store-images-history.ts',
    },
    outfile: join(dir, 'store-images-history.js'),
    bundle: true,
    format: 'iife',
    target: ['chrome120'],
    logLevel: 'warning',
  });
  writeFileSync(
    join(dir, 'store-images-history.html'),
    '<!doctype html><meta charset="utf-8"><script src="store-images-history.js"></script>\n',
  );
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Captures: each opens real pages and brings them into the state to show.

const POPUP = { width: 360, height: 560 };

/** The popup with the given stretch on offer (kept in the shuffle bag, as the e2e tests pick it). */
async function openPopup(b, scheme, stretchId) {
  const page = await b.page('popup.html', scheme, POPUP);
  await page.evaluate((id) => chrome.storage.local.set({ shuffleBag: { version: 1, shown: [id], last: id, current: id } }), stretchId);
  await page.reload();
  await page.waitForSelector(`.card [data-figure="${stretchId}"]`);
  await mustFit(page, stretchId);
  return page;
}

/** A card whose steps scroll would show a line cut in half: pick another stretch for the shot. */
async function mustFit(page, what) {
  const over = await page.evaluate(() =>
    Math.max(0, ...[...document.querySelectorAll('.panel')].map((p) => p.scrollHeight - p.clientHeight)),
  );
  if (over > 1)
    throw new Error(
      `${what}: the card's steps scroll (${over} px more than fit) in ${await page.evaluate(() => document.documentElement.lang)}; choose another stretch for this shot`,
    );
}

async function popupCard(b, scheme, stretchId) {
  const page = await openPopup(b, scheme, stretchId);
  const result = [{ png: await page.screenshot(), ...POPUP }];
  await page.close();
  return result;
}

/** The top of the card: the drawing, the stretch's name, where it is done and how long. */
async function popupHero(b, scheme, stretchId) {
  const page = await openPopup(b, scheme, stretchId);
  const clip = await page.evaluate(() => {
    const r = document.querySelector('.card .hero').getBoundingClientRect();
    const m = 12;
    return { x: Math.floor(r.left - m), y: Math.floor(r.top - m), width: Math.ceil(r.width + 2 * m), height: Math.ceil(r.height + 2 * m) };
  });
  const result = [{ png: await page.screenshot({ clip }), width: clip.width, height: clip.height }];
  await page.close();
  return result;
}

/** Start pressed, the lead-in over, a breath in under way: the circle growing toward its ring. */
async function popupTimer(b, scheme, stretchId) {
  const page = await openPopup(b, scheme, stretchId);
  await page.click('[data-action="primary"]');
  // The stage names its step whatever the language. A screenshot on a busy machine can take
  // seconds, so one that ends after the breath in is taken again on a later one.
  const kind = () => page.evaluate(() => document.querySelector('.stage')?.getAttribute('data-kind'));
  for (let attempt = 1; attempt <= 6; attempt++) {
    await page.waitForFunction(() => document.querySelector('.stage')?.getAttribute('data-kind') !== 'inhale', undefined, {
      timeout: 20_000,
      polling: 50,
    });
    await page.waitForFunction(() => document.querySelector('.stage')?.getAttribute('data-kind') === 'inhale', undefined, {
      timeout: 20_000,
      polling: 50,
    });
    await page.waitForTimeout(1600);
    const png = await page.screenshot();
    if ((await kind()) === 'inhale') {
      await page.close();
      return [{ png, ...POPUP }];
    }
  }
  throw new Error('popup timer: six screenshots all ended after their breath in (is the machine very busy?)');
}

/**
 * The stretch window as a due break opens it: "open the stretch window" chosen, a one-minute
 * break that comes due in about a second of wall time, the window found among the pages.
 */
async function stretchWindowShot(b, scheme, stretchId) {
  const options = await b.page('options.html', scheme);
  await options.evaluate((id) => chrome.storage.local.set({ shuffleBag: { version: 1, shown: [id], last: id, current: id } }), stretchId);
  await options.evaluate(() =>
    chrome.storage.sync.set({
      settings: { breakIntervalMin: 1, whenDue: 'window', renudgeAfterMin: 0, nudgeWindowMin: 0, idleDetectionSec: 600 },
    }),
  );
  const deadline = Date.now() + 30_000;
  let page;
  while (!(page = b.context.pages().find((p) => p.url().endsWith('popup.html?window=1')))) {
    if (Date.now() > deadline) {
      const seen = await options.evaluate(async () => ({
        status: await chrome.runtime.sendMessage({ unhunch: 1, type: 'status/get' }),
        windows: (await chrome.windows.getAll()).map((w) => [w.type, w.state]),
        notifications: await chrome.notifications.getAll(),
        settings: await chrome.storage.sync.get('settings'),
      }));
      throw new Error(
        `the stretch window did not open within 30 s; seen: ${JSON.stringify(seen)}, pages: ${b.context.pages().map((p) => p.url())}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'no-preference' });
  await page.waitForSelector(`.card [data-figure="${stretchId}"]`);
  await page.waitForSelector('[data-action="snooze"]');
  await mustFit(page, stretchId);
  const size = await page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
  const result = [{ png: await page.screenshot(), ...size }];
  // Skip closes the window, as a person would.
  await page.click('[data-action="skip"]');
  await options.close();
  return result;
}

/** A week of breaks, oldest day first: taken, natural and skipped per day. */
const WEEK = [
  [4, 1, 0],
  [5, 1, 1],
  [3, 0, 1],
  [4, 1, 0],
  [6, 1, 1],
  [4, 2, 0],
  [3, 1, 0],
];
const WEEK_STRETCHES = [
  'chair-twist',
  'eagle-arms',
  'chin-to-chest',
  'cross-body-shoulder',
  'modified-downward-dog',
  'standing-side-reach',
];

function weekOfHistory(now) {
  const events = [];
  const today = new Date(now);
  WEEK.forEach(([taken, natural, skipped], i) => {
    const base = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (WEEK.length - 1 - i), 9).getTime();
    // Today's breaks lie in the past, whatever time of day this runs.
    const at = (k) => Math.min(base + k * 47 * 60_000, now - 1000 - k);
    let k = 0;
    for (let n = 0; n < taken; n++, k++) {
      events.push({
        id: `t-${i}-${n}`,
        at: at(k),
        type: 'taken',
        kind: n % 3 === 2 ? 'routine' : 'posture',
        stretchIds: [WEEK_STRETCHES[(i * 2 + n) % WEEK_STRETCHES.length]],
        durationMs: 70_000 + n * 9_000,
        completed: true,
        activeMs: (26 + ((i + n) % 4) * 3) * 60_000,
      });
    }
    for (let n = 0; n < natural; n++, k++)
      events.push({ id: `n-${i}-${n}`, at: at(k), type: 'natural', idleMs: 9 * 60_000, activeMs: 22 * 60_000 });
    for (let n = 0; n < skipped; n++, k++)
      events.push({ id: `s-${i}-${n}`, at: at(k), type: 'skipped', kind: 'posture', activeMs: 30 * 60_000 });
  });
  return events;
}

async function seedHistory(b) {
  const page = await b.context.newPage();
  await page.goto(b.url('store-images-history.html'));
  await page.waitForFunction(() => 'appendHistory' in globalThis);
  const now = await page.evaluate(() => Date.now());
  const backend = await page.evaluate((events) => globalThis.appendHistory(events), weekOfHistory(now));
  if (backend !== 'indexeddb') throw new Error(`the history went to ${backend}, not IndexedDB`);
  await page.close();
}

/** The stats page's numbers at a glance and the week chart, on the page's own background. */
async function statsShot(b, scheme) {
  if (!b.seeded) {
    await seedHistory(b);
    b.seeded = true;
  }
  const page = await b.page('stats.html', scheme, { width: 1000, height: 1000 });
  await page.locator('[data-chart="week"] svg').waitFor();
  const clip = await page.evaluate(() => {
    const glance = document.querySelector('.glance').getBoundingClientRect();
    const week = document.querySelector('[data-chart="week"]').closest('section').getBoundingClientRect();
    // A margin of the page around them, short of the next card.
    const next = document.querySelector('[data-chart="week"]').closest('section').nextElementSibling?.getBoundingClientRect();
    const m = 20;
    const bottom = Math.min(week.bottom + m, next ? next.top - 2 : Infinity);
    return {
      x: Math.floor(glance.left - m),
      y: Math.floor(glance.top - m),
      width: Math.ceil(glance.width + 2 * m),
      height: Math.floor(bottom - glance.top + m),
    };
  });
  const result = [{ png: await page.screenshot({ clip }), width: clip.width, height: clip.height }];
  await page.close();
  return result;
}

/** One section of the settings page, as it stands with the default settings. */
async function optionsSection(b, scheme, selector) {
  const page = await b.page('options.html', scheme, { width: 1000, height: 1000 });
  const section = page.locator(selector);
  await section.waitFor();
  const box = await section.boundingBox();
  const result = [{ png: await section.screenshot(), width: Math.round(box.width), height: Math.round(box.height) }];
  await page.close();
  return result;
}

/**
 * The editor of a person's own stretch, opened on a copy of a built-in: where it is felt, the
 * caution and the drawings to choose from (the text fields and choices above are plain boxes).
 */
async function customEditorShot(b, scheme, stretchId) {
  const page = await b.page('options.html', scheme, { width: 620, height: 1400 });
  await page.locator('#cs-builtin').selectOption(stretchId);
  await page.locator('#cs-copy').click();
  await page.locator('.figure-grid .art').first().waitFor();
  const clip = await page.evaluate(() => {
    const from = document.querySelector('.custom-editor .areas-field');
    const to = document.querySelector('.figure-grid');
    const card = document.querySelector('#custom').getBoundingClientRect();
    // In the document's coordinates (the page is not scrolled: the sticky contents bar stays at
    // its top), inside the card's border and below the line above the field: a panel of the form.
    const top = from.getBoundingClientRect().top + window.scrollY + 1;
    return {
      x: Math.ceil(card.left + 1),
      y: Math.floor(top),
      width: Math.floor(card.width - 2),
      height: Math.ceil(to.getBoundingClientRect().bottom + window.scrollY + 22 - top),
    };
  });
  const result = [{ png: await page.screenshot({ clip, fullPage: true }), width: clip.width, height: clip.height }];
  await page.close();
  return result;
}

// ---------------------------------------------------------------------------------------------
// Backdrops: HTML pages in a temporary folder, screenshotted at store size.

/** The extension's palette (src/ui/theme.css). */
const PALETTE = {
  light: { bg: '#f6f5f1', text: '#1d2624', muted: '#55635f', accent: '#0f766e', soft: '#d8efe9' },
  dark: { bg: '#101514', text: '#e4ebe8', muted: '#a3b1ad', accent: '#5fd3c2', soft: '#163a36' },
};
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK JP", sans-serif';

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function backdropCss(scheme) {
  const p = PALETTE[scheme];
  const light = scheme === 'light';
  return `
    * { box-sizing: border-box; }
    html, body { margin: 0; width: 100%; height: 100%; overflow: hidden; }
    body {
      font-family: ${FONT}; color: ${p.text}; -webkit-font-smoothing: antialiased;
      background:
        radial-gradient(60% 75% at 88% 12%, ${light ? 'rgb(15 118 110 / 17%)' : 'rgb(95 211 194 / 15%)'}, transparent 70%),
        radial-gradient(55% 70% at 0% 100%, ${light ? 'rgb(127 183 217 / 22%)' : 'rgb(79 143 184 / 16%)'}, transparent 70%),
        linear-gradient(155deg, ${light ? '#f4f7f3 0%, #e5f2ed 55%, #d6ece6 100%' : '#131b1a 0%, #0f2321 55%, #0c2b28 100%'});
    }
    .brand { display: flex; align-items: center; gap: 12px; font-weight: 700; font-size: 22px; color: ${p.accent}; letter-spacing: -0.01em; }
    .brand img { width: 40px; height: 40px; }
    h1 { margin: 0; font-size: 50px; line-height: 1.12; letter-spacing: -0.025em; font-weight: 700; text-wrap: balance; }
    p { margin: 0; font-size: 22px; line-height: 1.5; color: ${p.muted}; text-wrap: balance; }
    .shot { display: block; border-radius: 18px; box-shadow: 0 0 0 1px ${light ? 'rgb(16 40 36 / 9%)' : 'rgb(228 235 232 / 10%)'}, 0 28px 70px -18px ${light ? 'rgb(16 60 54 / 38%)' : 'rgb(0 0 0 / 65%)'}; }
  `;
}

/** Fits a shot of `w`×`h` CSS pixels into a box, never larger than `max` times its size. */
const fit = (w, h, boxW, boxH, max) => {
  const s = Math.min(max, boxW / w, boxH / h);
  return { width: Math.round(w * s), height: Math.round(h * s) };
};

const LAYOUTS = {
  /** Caption on the left, one tall shot (popup, stretch window) on the right. */
  side({ caption: [title, text], images, iconUrl }) {
    const [img] = images;
    const size = fit(img.width, img.height, 560, 728, 1.3);
    return `
      <style>
        .wrap { position: absolute; inset: 0; display: flex; align-items: center; justify-content: space-between; padding: 0 104px 0 96px; gap: 64px; }
        .text { flex: 1; display: grid; gap: 22px; max-width: 560px; }
      </style>
      <div class="wrap">
        <div class="text"><div class="brand"><img src="${iconUrl}" alt="">Unhunch</div><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></div>
        <img class="shot" src="${img.src}" style="width:${size.width}px;height:${size.height}px" alt="">
      </div>`;
  },
  /** Caption above, one wide shot (a page or part of one) below, as large as the room left. */
  stack({ caption: [title, text], images, iconUrl }) {
    const [img] = images;
    return `
      <style>
        .wrap { position: absolute; inset: 0; display: flex; flex-direction: column; align-items: center; padding: 50px 80px 44px; }
        .text { flex: none; display: grid; gap: 10px; justify-items: center; text-align: center; max-width: 1000px; margin-bottom: 30px; }
        .text .brand { font-size: 20px; } .text .brand img { width: 34px; height: 34px; }
        h1 { font-size: 44px; } p { font-size: 21px; }
        .stage { flex: 1; min-height: 0; width: 100%; display: flex; justify-content: center; align-items: center; }
      </style>
      <div class="wrap">
        <div class="text"><div class="brand"><img src="${iconUrl}" alt="">Unhunch</div><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></div>
        <div class="stage"><img class="shot" src="${img.src}" data-w="${img.width}" data-h="${img.height}" data-max="1.15" alt=""></div>
      </div>
      <script>
        for (const img of document.querySelectorAll('.stage img')) {
          const box = img.parentElement.getBoundingClientRect();
          const [w, h] = [Number(img.dataset.w), Number(img.dataset.h)];
          const s = Math.min(Number(img.dataset.max), box.width / w, box.height / h);
          Object.assign(img.style, { width: Math.round(w * s) + 'px', height: Math.round(h * s) + 'px' });
        }
      </script>`;
  },
};

function backdropPage({ scheme, lang, body }) {
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><style>${backdropCss(scheme)}</style><body>${body}</body></html>\n`;
}

/** The small promo tile: the mark and name, the tagline, and the top of a real card below. */
function promoPage({ iconUrl, hero }) {
  const p = PALETTE.light;
  const height = 124;
  const width = Math.round((hero.width * height) / hero.height);
  return `<!doctype html><html lang="en"><meta charset="utf-8"><style>${backdropCss('light')}
    .head { position: absolute; left: 26px; top: 26px; display: flex; align-items: center; gap: 12px; }
    .head img { width: 46px; height: 46px; }
    .name { font-size: 33px; font-weight: 700; letter-spacing: -0.02em; line-height: 1; color: ${p.text}; }
    .tag { position: absolute; left: 26px; top: 86px; right: 20px; font-size: 16px; line-height: 1.35; color: ${p.muted}; }
    .shot { position: absolute; right: 24px; bottom: 24px; width: ${width}px; height: ${height}px; border-radius: 12px; }
  </style><body>
    <div class="head"><img src="${iconUrl}" alt=""><div class="name">Unhunch</div></div>
    <div class="tag">${escapeHtml(TAGLINE)}</div>
    <img class="shot" src="${hero.src}" alt="">
  </body></html>\n`;
}

// ---------------------------------------------------------------------------------------------
// Icons, rendered from icons/icon.svg with resvg like scripts/make-icons.mjs.

/** The mark's tile (the artwork) in icons/icon.svg's 128 viewBox: x and y 4 to 124. */
const ARTWORK = { x: 4, y: 4, size: 120 };

function iconSvg(canvas, art) {
  const inner = readFileSync(join(ROOT, 'icons/icon.svg'), 'utf8')
    .replace(/^[\s\S]*?<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '');
  const pad = (canvas - art) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${canvas}" height="${canvas}" viewBox="0 0 ${canvas} ${canvas}">
    <svg x="${pad}" y="${pad}" width="${art}" height="${art}" viewBox="${ARTWORK.x} ${ARTWORK.y} ${ARTWORK.size} ${ARTWORK.size}">${inner}</svg></svg>`;
}

function renderIcon(Resvg, canvas, art) {
  return new Resvg(iconSvg(canvas, art), { fitTo: { mode: 'original' } }).render().asPng();
}

// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const value = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return { only: value('--only')?.split(','), locales: value('--locale')?.split(','), keep: argv.includes('--keep') };
}

function fail(message) {
  console.error(`store:images: ${message}`);
  process.exit(1);
}

async function main() {
  if (!existsSync(join(DIST, 'manifest.json')))
    fail(
      `${DIST} is missing. This script uses the built extension and builds nothing itself: run \`npm run build\` first, then \`npm run store:images\`.`,
    );
  if (!existsSync(CHROMIUM)) fail(`Chromium not found at ${CHROMIUM} (UNHUNCH_CHROMIUM). Run \`npm run setup\`.`);
  const args = parseArgs(process.argv.slice(2));
  const todo = jobs().filter(
    (j) => (!args.only || args.only.includes(j.id)) && (!args.locales || (j.locale && args.locales.includes(j.locale))),
  );
  if (todo.length === 0) fail(`nothing to make for --only ${args.only ?? ''} --locale ${args.locales ?? ''}`);
  if (todo.some((j) => j.browser === 'window') && !existsSync(FAKETIME_LIB))
    fail(`libfaketime not found at ${FAKETIME_LIB} (UNHUNCH_FAKETIME_LIB); the stretch window shot needs it. Run \`npm run setup\`.`);
  const { chromium } = await import('playwright-core');
  const tmp = mkdtempSync(join(tmpdir(), 'unhunch-store-images-'));
  try {
    await makeImages(todo, tmp, chromium);
  } finally {
    if (args.keep) console.log(`raw screenshots and backdrop pages kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`store/images: ${todo.length} files written`);
  for (const job of todo) console.log(`  ${job.file} ${job.width}×${job.height}`);
}

async function makeImages(todo, tmp, chromium) {
  mkdirSync(OUT_DIR, { recursive: true });
  const iconUrl = pathToFileURL(join(DIST, 'icons/icon-128.png')).href;

  // 1. Screenshots of the real extension: one browser run per language and kind of run.
  const captured = new Map(); // job → [{ src, width, height }]
  for (const locale of Object.keys(LOCALES)) {
    for (const kind of ['plain', 'window', 'history']) {
      const here = todo.filter((j) => j.capture && j.locale === locale && j.browser === kind);
      if (here.length === 0) continue;
      const extensionDir =
        kind === 'history' ? await historyExtension(await import('esbuild'), join(tmp, `extension-with-history-driver-${locale}`)) : DIST;
      const b = await launchExtension(chromium, {
        extensionDir,
        lang: LOCALES[locale].lang,
        faketime: kind === 'window' ? '+0 x60' : null,
      });
      try {
        for (const job of here) {
          const shots = await job.capture(b, job.scheme);
          captured.set(
            job,
            shots.map((c, i) => {
              const src = `${job.file.replace(/\.png$/, '')}-raw-${i}.png`;
              writeFileSync(join(tmp, src), c.png);
              return { src, width: c.width, height: c.height };
            }),
          );
          console.log(`captured ${job.id} (${locale}, ${job.scheme})`);
        }
        if (b.errors.length) throw new Error(`errors in the extension's pages: ${b.errors.join('; ')}`);
      } finally {
        await b.close();
      }
      if (kind === 'history') rmSync(extensionDir, { recursive: true, force: true });
    }
  }

  // 2. Each on its backdrop, at exactly its size.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const [job, images] of captured) {
      const html = join(tmp, job.file.replace(/\.png$/, '.html'));
      writeFileSync(html, job.compose(images, iconUrl));
      const page = await browser.newPage({ viewport: { width: job.width, height: job.height }, deviceScaleFactor: 1 });
      await page.goto(pathToFileURL(html).href);
      await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
      await page.screenshot({ path: join(OUT_DIR, job.file) });
      await page.close();
    }
  } finally {
    await browser.close();
  }

  // 3. Icons, from the SVG.
  const drawn = todo.filter((j) => j.draw);
  if (drawn.length) {
    const { Resvg } = await import('@resvg/resvg-js');
    for (const job of drawn) writeFileSync(join(OUT_DIR, job.file), job.draw(Resvg));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
