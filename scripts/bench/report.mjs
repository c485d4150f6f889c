// @ts-check
/** Plain-text tables and units for the benchmark's report. */

/**
 * Lays out rows as columns padded to their widest cell: the first column left-aligned, the others
 * right-aligned, two spaces apart, every line indented.
 *
 * @param {readonly (readonly string[])[]} rows - the header row first
 * @param {string} [indent]
 * @returns {string}
 * @example table([['kind', 'gzip'], ['App JS', '41.0 kB']])
 * // '  kind       gzip\n  App JS  41.0 kB'
 */
export function table(rows, indent = '  ') {
  /** @type {number[]} */
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      (
        indent +
        row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')
      ).trimEnd(),
    )
    .join('\n');
}

/**
 * Bytes in kB (1 kB = 1000 bytes), one decimal.
 *
 * @param {number} bytes
 * @returns {string}
 * @example kB(123456) // '123.5 kB'
 */
export function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/**
 * A summary as `median [min–max]`, each written by `format`.
 *
 * @param {import('./stats.mjs').Summary | undefined} summary - undefined when nothing was measured
 * @param {(value: number) => string} format
 * @returns {string}
 * @example spread({ median: 2.5, min: 2, max: 3, n: 4 }, (v) => v.toFixed(1)) // '2.5 [2.0–3.0]'
 */
export function spread(summary, format) {
  if (!summary || !Number.isFinite(summary.median)) return '—';
  return `${format(summary.median)} [${format(summary.min)}–${format(summary.max)}]`;
}

/**
 * Whole milliseconds, or one decimal under 10 ms.
 *
 * @param {number} ms
 * @returns {string}
 * @example ms(1234.56) // '1235'
 * @example ms(4.26) // '4.3'
 */
export function ms(ms) {
  return ms < 10 ? ms.toFixed(1) : ms.toFixed(0);
}

/**
 * A ratio as `×1.23`.
 *
 * @param {number} value
 * @returns {string}
 * @example ratio(1.234) // '×1.23'
 */
export function ratio(value) {
  return Number.isFinite(value) ? `×${value.toFixed(2)}` : '—';
}
