// Turns the raw results into table rows with budgets and pass/fail marks.
import { KB, MB, budgets } from './budgets.mjs';

/** @param {number | null | undefined} b */
const kb = (b) => (b == null ? 'n/a' : b < KB ? `${b} B` : `${(b / KB).toFixed(1)} KB`);
/** @param {number | null | undefined} b */
const mb = (b) => (b == null ? 'n/a' : `${(b / MB).toFixed(2)} MB`);
/** @param {number | null | undefined} ms */
const ms = (ms) => (ms == null || !Number.isFinite(ms) ? 'n/a' : `${Math.round(ms)} ms`);
/** @param {number | null | undefined} ms */
const secs = (ms) => (ms == null ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
/** @param {number | null | undefined} x */
const perHour = (x) => (x == null || !Number.isFinite(x) ? 'n/a' : `${x.toFixed(1)} /h`);
/** @param {{ raw: number, gzip: number, brotli: number } | undefined} s */
const sizes = (s) => (s ? `${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.brotli)}` : 'n/a');
/** @param {number | null | undefined} v @param {number} max */
const within = (v, max) => (v == null || !Number.isFinite(v) ? false : v <= max);

/**
 * @param {any} r the results object built by run.mjs
 * @returns {import('./table.mjs').Row[]}
 */
export function rows(r) {
  const ours = r.unhunch;
  const floor = r.floor;
  const peer = r.peer;
  /** @type {import('./table.mjs').Row[]} */
  const out = [];
  const entryNames = Object.keys(ours.bytes?.entries ?? {});
  for (const name of ['background', 'popup', ...entryNames.filter((n) => n !== 'background' && n !== 'popup')]) {
    const s = ours.bytes?.entries[name];
    if (!s) continue;
    const budget = name === 'background' ? budgets.workerGzipBytes : name === 'popup' ? budgets.popupGzipBytes : null;
    // Scripts alone too, for entries with a budget: the budget covers all the entry loads.
    const jsGzip = Object.entries(s.perFile ?? {})
      .filter(([f]) => f.endsWith('.js'))
      .reduce((n, [, v]) => n + v.gzip, 0);
    out.push({
      measure: `${name} bytes raw / gzip / brotli`,
      value: budget && s.files.length > 1 ? `${sizes(s)} (JS ${kb(jsGzip)} gz)` : sizes(s),
      baseline: name === 'background' || name === 'popup' ? `floor ${sizes(floor.bytes?.entries[name])}` : '',
      peer: peer ? sizes(peer.bytes?.entries[name]) : undefined,
      budget: budget ? `≤ ${kb(budget)} gzip` : '',
      pass: budget ? s.gzip <= budget : null,
    });
  }
  // A peer's content scripts load into every matching web page; Unhunch has none.
  const peerContent = peer?.bytes?.entries.content;
  if (ours.bytes && peerContent && !ours.bytes.entries.content)
    out.push({
      measure: 'content scripts raw / gzip / brotli',
      value: 'none',
      baseline: '',
      peer: sizes(peerContent),
      budget: '',
      pass: null,
    });
  if (ours.bytes)
    out.push({
      measure: 'whole extension raw / gzip / brotli',
      value: sizes(ours.bytes.total),
      baseline: `floor ${sizes(floor.bytes?.total)}`,
      peer: peer ? sizes(peer.bytes?.total) : undefined,
      budget: '',
      pass: null,
    });

  const p = ours.popupReady;
  // A peer's popup against a blank page added to a copy of it, ready at its first text.
  const pp = peer?.popupReady;
  if (p !== undefined)
    out.push({
      measure: `popup ready, worker asleep, median of ${p?.coldLoads ?? '?'}`,
      value: p ? `${ms(p.coldMs)} (${p.coldRatio.toFixed(2)}×)` : 'n/a',
      baseline: p ? `blank page, process asleep ${ms(p.coldBlankMs)}` : '',
      peer: peer ? (pp ? `${ms(pp.coldMs)} (${pp.coldRatio.toFixed(2)}× its blank page, ${ms(pp.coldBlankMs)})` : 'n/a') : undefined,
      budget: `≤ ${budgets.popupReadyRatio}× blank`,
      pass: p ? p.coldRatio <= budgets.popupReadyRatio : false,
    });
  if (p !== undefined)
    out.push({
      measure: `popup ready, worker awake, median of ${p?.loads ?? '?'}`,
      value: p ? `${ms(p.popupMs)} (${p.ratio.toFixed(2)}×)` : 'n/a',
      baseline: p ? `blank page ${ms(p.blankMs)}` : '',
      peer: peer ? (pp ? `${ms(pp.popupMs)} (${pp.ratio.toFixed(2)}× its blank page, ${ms(pp.blankMs)})` : 'n/a') : undefined,
      budget: `≤ ${budgets.popupReadyRatio}× blank`,
      pass: p ? p.ratio <= budgets.popupReadyRatio : false,
    });

  const wOn = ours.wakes?.countdownOn;
  const wOff = ours.wakes?.countdownOff;
  const sim = wOn ? ` (×${wOn.speed}, ${wOn.simulatedHours.toFixed(1)} h)` : '';
  if (ours.wakes !== undefined)
    out.push({
      measure: `worker wakes, countdown on${sim}`,
      value: perHour(wOn?.perHour),
      baseline: `floor ${perHour(floor.wakes?.perHour)}`,
      peer: peer ? perHour(peer.wakes?.perHour) : undefined,
      budget: `≤ ${budgets.wakesPerHourCountdown} /h`,
      pass: within(wOn?.perHour, budgets.wakesPerHourCountdown),
    });
  if (ours.wakes !== undefined)
    out.push({
      measure: 'worker wakes, countdown off',
      value: perHour(wOff?.perHour),
      baseline: `floor ${perHour(floor.wakes?.perHour)}`,
      peer: peer ? perHour(peer.wakes?.perHour) : undefined,
      budget: `≤ ${budgets.wakesPerHourNoCountdown} /h`,
      pass: within(wOff?.perHour, budgets.wakesPerHourNoCountdown),
    });

  const m = ours.memory;
  if (m !== undefined)
    out.push({
      measure: 'worker JS heap after GC',
      value: kb(m?.heapUsedBytes),
      baseline: `floor ${kb(floor.memory?.heapUsedBytes)}`,
      peer: peer ? kb(peer.memory?.heapUsedBytes) : undefined,
      budget: `≤ ${mb(budgets.workerHeapBytes)}`,
      pass: within(m?.heapUsedBytes, budgets.workerHeapBytes),
    });
  /** @param {any} x */
  const pssUss = (x) => `${mb(x?.pssAwakeBytes)} / ${mb(x?.ussAwakeBytes)}`;
  if (m !== undefined)
    out.push({
      measure: 'extension process PSS / USS, awake',
      value: pssUss(m),
      baseline: `floor ${pssUss(floor.memory)}`,
      peer: peer ? pssUss(peer.memory) : undefined,
      budget: '',
      pass: null,
    });
  if (m !== undefined)
    out.push({
      measure: 'process alive after last event',
      value: secs(m?.processExitAfterMs),
      baseline: `floor ${secs(floor.memory?.processExitAfterMs)}`,
      peer: peer ? secs(peer.memory?.processExitAfterMs) : undefined,
      budget: '',
      pass: null,
    });

  const l = ours.latency;
  if (l !== undefined)
    out.push({
      measure: `break due → notification, ${l?.cycles ?? 0} cycles (×${l?.speed ?? '?'})`,
      value: l ? `p95 ${ms(l.p95Ms)}, median ${ms(l.medianMs)}` : 'n/a',
      baseline: floor.latency ? `minimal reminder p95 ${ms(floor.latency.p95Ms)}, median ${ms(floor.latency.medianMs)}` : '',
      budget: `p95 ≤ ${ms(budgets.breakLatencyP95Ms)}`,
      pass: l ? l.cycles >= 20 && l.p95Ms <= budgets.breakLatencyP95Ms : false,
    });

  const b = ours.breath;
  if (b !== undefined)
    out.push({
      measure: `breath timer main-thread busy, ${b ? Math.round(b.breathing.wallS) : '?'} s`,
      value: b ? `${b.breathing.busyPct.toFixed(2)} %` : 'n/a',
      baseline: b ? `blank page ${b.blank.busyPct.toFixed(2)} %` : '',
      budget: `≤ ${budgets.breathBusyPct} %`,
      pass: b ? b.breathing.busyPct <= budgets.breathBusyPct : false,
    });
  const f = r.firefox;
  if (f) out.push(...firefoxRows(f));
  return out;
}

/**
 * The Firefox section: what Firefox lets the bench measure, and plainly what it does not.
 * @param {any} f results of measure/firefox.mjs plus the bytes of the Firefox build
 * @returns {import('./table.mjs').Row[]}
 */
function firefoxRows(f) {
  const name = f.version ? f.version.replace(/^firefox\//i, 'Firefox ') : 'Firefox';
  /** @type {import('./table.mjs').Row[]} */
  const out = [];
  for (const entry of ['background', 'popup']) {
    const s = f.bytes?.entries[entry];
    out.push({
      measure: `${name}: ${entry === 'background' ? 'event page' : 'popup'} bytes raw / gzip / brotli`,
      value: sizes(s),
      baseline: `floor ${sizes(f.floorBytes?.entries[entry])}`,
      budget: '',
      pass: null,
    });
  }
  out.push({
    measure: `${name}: whole extension raw / gzip / brotli`,
    value: sizes(f.bytes?.total),
    baseline: `floor ${sizes(f.floorBytes?.total)}`,
    budget: '',
    pass: null,
  });
  const p = f.popupReady;
  out.push({
    measure: `${name}: popup ready, event page awake, median of ${p?.loads ?? '?'}`,
    value: p ? `${ms(p.popupMs)} (${p.ratio.toFixed(2)}×)` : 'n/a',
    baseline: p ? `blank page ${ms(p.blankMs)}` : '',
    budget: '',
    pass: null,
  });
  /** @param {any} x */
  const pssUss = (x) => `${mb(x?.pssAwakeBytes)} / ${mb(x?.ussAwakeBytes)}`;
  out.push({
    measure: `${name}: WebExtensions process PSS / USS, awake, after 1 popup load`,
    value: pssUss(f.memoryFirstLoad),
    baseline: `floor ${pssUss(f.floorMemoryFirstLoad)}`,
    budget: '',
    pass: null,
  });
  out.push({
    measure: `${name}: WebExtensions process PSS / USS, awake, after ${f.pageLoads ?? '?'} page loads each`,
    value: pssUss(f.memory),
    baseline: `floor ${pssUss(f.floorMemory)}`,
    budget: '',
    pass: null,
  });
  const cannot = 'not measurable in Firefox';
  out.push({
    measure: `${name}: popup ready, event page asleep`,
    value: cannot,
    baseline: 'the event page cannot be stopped or watched from outside',
    budget: '',
    pass: null,
  });
  out.push({
    measure: `${name}: event page JS heap, wakes, lifetime`,
    value: cannot,
    baseline: 'no DevTools access to the event page; its process hosts all extensions and stays',
    budget: '',
    pass: null,
  });
  out.push({
    measure: `${name}: break latency`,
    value: cannot,
    baseline: 'Firefox does not start under libfaketime here',
    budget: '',
    pass: null,
  });
  return out;
}
