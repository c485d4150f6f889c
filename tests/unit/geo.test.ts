import { lineString, point } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { compassPoint } from '../../src/geo/compass.ts';
import { corridorLengthKm } from '../../src/geo/corridor-length.ts';
import { dataBounds } from '../../src/geo/data-bounds.ts';
import { relativeLabel, relativePosition } from '../../src/geo/relative-position.ts';
import { UNCERTAINTY_RADIUS_KM, pixelsAtZoom0 } from '../../src/geo/uncertainty.ts';

const BAMAKO: [number, number] = [-8.00198, 12.65196];

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

describe('relativePosition', () => {
  it('measures 1° of latitude as about 111 km due north', () => {
    const { km, bearing } = relativePosition([0, 0], [0, 1]);
    expect(km).toBeCloseTo(111.2, 0);
    expect(bearing).toBeCloseTo(0, 5);
  });

  it('puts a point 100 km SW of Bamako at about 100 km, bearing about -135°', () => {
    const { km, bearing } = relativePosition(BAMAKO, [-8.65213, 12.01527]);
    expect(km).toBeGreaterThan(98);
    expect(km).toBeLessThan(102);
    expect(bearing).toBeGreaterThan(-140);
    expect(bearing).toBeLessThan(-130);
  });

  it('labels like the documents do', () => {
    expect(relativeLabel({ km: 98.7, bearing: -134 }, 'Bamako')).toBe('about 100 km SW of Bamako');
    expect(relativeLabel({ km: 12.4, bearing: 10 }, 'Bamako')).toBe('about 12 km N of Bamako');
    expect(relativeLabel({ km: 0.3, bearing: 10 }, 'Bamako')).toBe('in Bamako');
    expect(relativeLabel({ km: 1043, bearing: 60 }, 'Bamako')).toBe('about 1,045 km NE of Bamako');
  });
});

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
