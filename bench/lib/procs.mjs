// The extension's renderer process, found from /proc: Chromium gives renderers that host
// extension code the --extension-process switch, and each bench browser loads one extension.
import { readdirSync, readFileSync } from 'node:fs';

/**
 * @param {string} profile the browser's --user-data-dir, unique to one bench browser
 * @returns {number[]}
 */
export function extensionPids(profile) {
  /** @type {number[]} */
  const pids = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Zygote children rewrite their title into one space-separated string: split on both.
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split(/[\0 ]/);
      if (args.includes('--extension-process') && args.includes(`--user-data-dir=${profile}`)) pids.push(Number(name));
    } catch {
      /* exited meanwhile */
    }
  }
  return pids;
}

/** @param {number} pid @returns {boolean} */
export function alive(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

/**
 * Unique set size in bytes: the process's private pages only, which would be freed if it
 * exited. Unlike PSS it does not depend on how many other Chromium processes share the binary.
 * @param {number} pid
 * @returns {number | null}
 */
export function ussBytes(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = (/** @type {string} */ key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
    const uss = (kb('Private_Clean') + kb('Private_Dirty')) * 1024;
    return Number.isFinite(uss) ? uss : null;
  } catch {
    return null;
  }
}

/**
 * Proportional set size in bytes: private memory plus a fair share of what is shared with the
 * other Chromium processes, the honest "what does this process cost" figure.
 * @param {number} pid
 * @returns {number | null}
 */
export function pssBytes(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}
