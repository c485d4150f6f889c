import { describe, expect, it } from 'vitest';
import { UNCERTAINTY_RADIUS_KM, pixelsAtZoom0 } from '../../src/geo/uncertainty.ts';

describe('uncertainty halos', () => {
  it('draws one only where a code says the point is loose', () => {
    expect(UNCERTAINTY_RADIUS_KM[1]).toBeNull();
    expect(UNCERTAINTY_RADIUS_KM[2]).toBe(25);
    expect(UNCERTAINTY_RADIUS_KM[6]).toBeNull();
  });

  it('is sized in ground distance: 25 km is 0.3194 px at zoom 0 on the equator, twice that at 60°', () => {
    // MapLibre's 512 px world: 40,075,016.7 m / 512 px = 78,271.5 m per pixel at zoom 0.
    expect(pixelsAtZoom0(25, 0)).toBeCloseTo(0.3194, 4);
    expect(pixelsAtZoom0(25, 60)).toBeCloseTo(0.6388, 4);
  });
});
