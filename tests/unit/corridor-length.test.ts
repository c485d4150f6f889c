import { lineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { corridorLengthKm } from '../../src/geo/corridor-length.ts';

describe('corridorLengthKm', () => {
  it('sums the great-circle segments of the line', () => {
    const oneDegreeEachWay = lineString([
      [0, 0],
      [0, 1],
      [0, 2],
    ]);
    expect(corridorLengthKm(oneDegreeEachWay)).toBeCloseTo(222.4, 0);
  });
});
