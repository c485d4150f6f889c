// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { placePoints } from '../../../scripts/bench/leaflet-page.mjs';

const feature = (id: string, coordinates: number[]) => ({ properties: { id }, geometry: { coordinates } });

describe('placePoints', () => {
  it("gives each place the year spans of its events, read as the app's year filter reads dates", () => {
    const points = placePoints({
      places: { features: [feature('a', [-8, 12.6]), feature('b', [0, 16])] },
      events: [
        { date: '2016-05-31', places: ['a'] },
        { date: '2016-05/2018', places: ['a', 'b'] },
        { date: '1960', places: ['b'] },
      ],
    });
    expect(points).toEqual([
      {
        lng: -8,
        lat: 12.6,
        years: [
          [2016, 2016],
          [2016, 2018],
        ],
      },
      {
        lng: 0,
        lat: 16,
        years: [
          [2016, 2018],
          [1960, 1960],
        ],
      },
    ]);
  });

  it('keeps a place without events, with no years', () => {
    expect(placePoints({ places: { features: [feature('c', [1, 2])] }, events: [] })).toEqual([
      { lng: 1, lat: 2, years: [] },
    ]);
  });
});
