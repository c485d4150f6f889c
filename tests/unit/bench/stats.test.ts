// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { median, pairRatios, roundOrder, summarize } from '../../../scripts/bench/stats.mjs';

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even one', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/no values/);
  });
});

describe('summaries of paired runs', () => {
  it('summarizes with median, min, max and count', () => {
    expect(summarize([120, 100, 110])).toEqual({ median: 110, min: 100, max: 120, n: 3 });
  });

  it('divides each pair', () => {
    expect(
      pairRatios([
        { a: 300, b: 100 },
        { a: 200, b: 100 },
      ]),
    ).toEqual([3, 2]);
  });

  it('rotates the running order each round', () => {
    expect([0, 1, 2].map((round) => roundOrder(round, 3))).toEqual([
      [0, 1, 2],
      [1, 2, 0],
      [2, 0, 1],
    ]);
    expect([0, 1, 2].map((round) => roundOrder(round, 2))).toEqual([
      [0, 1],
      [1, 0],
      [0, 1],
    ]);
  });
});
