import { lineString, point } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { dataBounds } from '../../src/geo/data-bounds.ts';

describe('dataBounds', () => {
  it('covers points and lines together', () => {
    const bounds = dataBounds([
      point([-8, 12.6]),
      point([0, 16.3]),
      lineString([
        [-17.4, 14.7],
        [-8, 12.6],
      ]),
    ]);
    expect(bounds).toEqual([-17.4, 12.6, 0, 16.3]);
  });
});

describe('dataBounds of nothing', () => {
  it('is null, not an infinite box MapLibre would refuse (and the page then blame WebGL)', () => {
    expect(dataBounds([])).toBeNull();
  });
});
