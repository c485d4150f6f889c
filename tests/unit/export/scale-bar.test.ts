import { describe, expect, test } from 'vitest';
import { roundDistance, scaleBarFor } from '../../../src/export/scale-bar.ts';

describe('roundDistance', () => {
  test.each([
    [437.2, 300],
    [1000, 1000],
    [999.9, 500],
    [25, 20],
    [19, 10],
    [9.99, 5],
    [3.5, 3],
    [1, 1],
    [0.456, 0.5],
    [0.123, 0.1],
  ])('%f → %f: 1, 2, 3 or 5 times a power of ten, never more than given', (value, expected) => {
    expect(roundDistance(value)).toBeCloseTo(expected, 10);
    expect(roundDistance(value)).toBeLessThanOrEqual(value + 0.05);
  });
});

describe('scaleBarFor', () => {
  test('kilometres: the bar is shortened to the round distance, with the latitude it holds at', () => {
    const bar = scaleBarFor(437_200, 100, 15.2);
    expect(bar.distance).toBe('300\u00a0km');
    expect(bar.width).toBeCloseTo((100 * 300) / 437.2, 6);
    expect(bar.latitude).toBe('15°\u00a0N');
  });

  test('under a kilometre, metres; south of the equator, S; on it, no hemisphere', () => {
    expect(scaleBarFor(800, 100, -3.4)).toEqual({ width: 62.5, distance: '500\u00a0m', latitude: '3°\u00a0S' });
    expect(scaleBarFor(2000, 80, 0.2).latitude).toBe('0°');
  });
});
