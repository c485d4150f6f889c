import { describe, expect, it } from 'vitest';
import { compassPoint } from '../../src/geo/compass.ts';

describe('compassPoint', () => {
  it.each([
    [0, 'N'],
    [44, 'NE'],
    [90, 'E'],
    [-90, 'W'],
    [-135, 'SW'],
    [225, 'SW'],
    [180, 'S'],
    [-180, 'S'],
    [359, 'N'],
    [720 + 45, 'NE'],
  ])('%d° is %s', (bearing, expected) => {
    expect(compassPoint(bearing)).toBe(expected);
  });
});
