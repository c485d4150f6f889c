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
 * The order of the variants in round `index`: the list rotated by one more place each round
 * (A B C, B C A, C A B…; with two, A B then B A), so no variant always runs first, or always right
 * after the same other one, and each pays or profits from what ran before it about equally.
 *
 * @param {number} index - the round, from 0
 * @param {number} count - how many variants
 * @returns {number[]} the variants' indices, in running order
 * @example roundOrder(0, 3) // [0, 1, 2]
 * @example roundOrder(1, 3) // [1, 2, 0]
 */
export function roundOrder(index, count) {
  return Array.from({ length: count }, (_, i) => (i + index) % count);
}
