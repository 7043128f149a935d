// Renders result rows as a fixed-width text table (for the terminal) and as Markdown (for the
// README), from the same rows so the two never disagree.

/**
 * @typedef {object} Row
 * @property {string} measure
 * @property {string} value Unhunch
 * @property {string} baseline same-run baseline (blank page, or the blank MV3 floor)
 * @property {string} [peer]
 * @property {string} budget
 * @property {boolean | null} pass null: no budget
 */

/** @param {boolean | null} pass */
const mark = (pass) => (pass === null ? '' : pass ? 'PASS' : 'FAIL');

/** @param {Row[]} rows @param {boolean} withPeer */
function cells(rows, withPeer) {
  const head = ['Measure', 'Unhunch', 'Baseline (same run)', ...(withPeer ? ['Peer'] : []), 'Budget', ''];
  const body = rows.map((r) => [r.measure, r.value, r.baseline, ...(withPeer ? [r.peer ?? ''] : []), r.budget, mark(r.pass)]);
  return { head, body };
}

/** @param {Row[]} rows @param {boolean} withPeer */
export function textTable(rows, withPeer) {
  const { head, body } = cells(rows, withPeer);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (/** @type {string[]} */ r) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** @param {Row[]} rows @param {boolean} withPeer */
export function markdownTable(rows, withPeer) {
  const { head, body } = cells(rows, withPeer);
  const line = (/** @type {string[]} */ r) => `| ${r.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...body.map(line)].join('\n');
}
