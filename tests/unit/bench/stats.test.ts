// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  formatMs,
  formatRatio,
  formatSummary,
  median,
  pairOrder,
  pairRatios,
  summarize,
} from '../../../scripts/bench/stats.mjs';

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

  it('alternates which side runs first', () => {
    expect([0, 1, 2, 3].map(pairOrder)).toEqual([
      ['a', 'b'],
      ['b', 'a'],
      ['a', 'b'],
      ['b', 'a'],
    ]);
  });
});

describe('formatting', () => {
  it('writes milliseconds, summaries and ratios', () => {
    expect(formatMs(1234.5)).toBe('1235 ms');
    expect(formatMs(12.34)).toBe('12.3 ms');
    expect(formatMs(Number.NaN)).toBe('n/a');
    expect(formatSummary({ median: 110, min: 100, max: 120, n: 3 })).toBe('110 ms (100 ms–120 ms, n=3)');
    expect(formatRatio(1.234)).toBe('×1.23');
  });
});
