import { describe, expect, it } from 'vitest';
import { relativeLabel, relativePosition } from '../../src/geo/relative-position.ts';

const BAMAKO: [number, number] = [-8.00198, 12.65196];

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
