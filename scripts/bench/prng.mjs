// @ts-check
/**
 * A small seeded pseudo-random number generator, so synthetic data is the same for the same seed on
 * every machine and Node version (Math.random cannot be seeded).
 */

/**
 * mulberry32, Tommy Ettinger's 32-bit generator (public domain): one 32-bit state, a period of 2^32,
 * good enough for test data, not for anything secret.
 *
 * @param {number} seed - any number; only its low 32 bits are used
 * @returns {() => number} a function giving the next number in [0, 1)
 * @example
 * const random = mulberry32(42);
 * random(); // 0.6011037519201636, on every machine
 */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Helpers over a generator of numbers in [0, 1).
 *
 * @param {() => number} random - e.g. {@link mulberry32}(seed)
 * @example
 * const pick = randomTools(mulberry32(1));
 * pick.int(1, 6); // a die roll
 */
export function randomTools(random) {
  /** @param {number} min @param {number} max @returns {number} a whole number from min to max, both included */
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  return {
    random,
    int,
    /** @param {number} min @param {number} max @returns {number} a number from min up to (not including) max */
    between: (min, max) => min + random() * (max - min),
    /** @param {number} probability - from 0 (never) to 1 (always) @returns {boolean} */
    chance: (probability) => random() < probability,
    /**
     * @template T
     * @param {readonly T[]} items - a non-empty list
     * @returns {T} one item, each as likely as the others
     */
    pick: (items) => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick needs a non-empty list');
      return item;
    },
    /**
     * @template T
     * @param {readonly T[]} items
     * @param {number} count - at most items.length
     * @returns {T[]} `count` different items, in the order they appear in `items`
     */
    sample: (items, count) => {
      const chosen = new Set();
      while (chosen.size < Math.min(count, items.length)) chosen.add(int(0, items.length - 1));
      return items.filter((_, i) => chosen.has(i));
    },
  };
}
