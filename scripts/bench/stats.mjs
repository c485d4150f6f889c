// @ts-check
/** Summaries of repeated measurements: medians, spreads and the ratios of paired runs. */

/**
 * The median: the middle value, or the mean of the two middle values of an even count.
 *
 * @param {readonly number[]} values - at least one number
 * @returns {number}
 * @example median([3, 1, 2]) // 2
 * @example median([4, 1, 3, 2]) // 2.5
 */
export function median(values) {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * @typedef {object} Summary
 * @property {number} median
 * @property {number} min
 * @property {number} max
 * @property {number} n - how many values
 */

/**
 * Median, smallest and largest of repeated measurements.
 *
 * @param {readonly number[]} values - at least one number
 * @returns {Summary}
 * @example summarize([120, 100, 110]) // { median: 110, min: 100, max: 120, n: 3 }
 */
export function summarize(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

/**
 * The ratio a/b of each pair of runs taken one after the other. Pairing cancels most of the drift of a
 * shared, noisy machine: both runs of a pair see about the same load.
 *
 * @param {readonly { a: number, b: number }[]} pairs
 * @returns {number[]} a/b for each pair
 * @example pairRatios([{ a: 300, b: 100 }, { a: 200, b: 100 }]) // [3, 2]
 */
export function pairRatios(pairs) {
  return pairs.map(({ a, b }) => a / b);
}

/**
 * Which side runs first in pair `index`: A first in even pairs and B first in odd ones (A B, B A, A B…),
 * so neither side always pays for, or profits from, what ran just before it.
 *
 * @param {number} index - the pair's index, from 0
 * @returns {readonly ['a', 'b'] | readonly ['b', 'a']}
 * @example pairOrder(0) // ['a', 'b']
 * @example pairOrder(1) // ['b', 'a']
 */
export function pairOrder(index) {
  return index % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
}

/**
 * Milliseconds for a table: whole numbers from 100 ms up, one decimal below.
 *
 * @param {number} ms
 * @returns {string}
 * @example formatMs(1234.5) // '1235 ms'
 * @example formatMs(12.34) // '12.3 ms'
 */
export function formatMs(ms) {
  return Number.isFinite(ms) ? `${ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)} ms` : 'n/a';
}

/**
 * A summary as `median (min–max, n=N)` with a unit.
 *
 * @param {Summary} summary
 * @param {(value: number) => string} [format] - how one value is written; {@link formatMs} by default
 * @returns {string}
 * @example formatSummary({ median: 110, min: 100, max: 120, n: 3 }) // '110 ms (100 ms–120 ms, n=3)'
 */
export function formatSummary(summary, format = formatMs) {
  return `${format(summary.median)} (${format(summary.min)}–${format(summary.max)}, n=${summary.n})`;
}

/**
 * A ratio as `×1.23`.
 *
 * @param {number} ratio
 * @returns {string}
 * @example formatRatio(1.234) // '×1.23'
 */
export function formatRatio(ratio) {
  return Number.isFinite(ratio) ? `×${ratio.toFixed(2)}` : 'n/a';
}
