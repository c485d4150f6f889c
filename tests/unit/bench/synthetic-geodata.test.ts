// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateDataset, type RawDataset } from '../../../src/data/validate-dataset.ts';
import { formatDataError } from '../../../src/data/load-dataset.ts';
import { COUNTRY_PLACE_ID, generateSyntheticGeodata } from '../../../scripts/bench/synthetic-geodata.mjs';

const TODAY = '2025-06-01';

describe('generateSyntheticGeodata', () => {
  it('is the same for the same seed and differs for another', () => {
    const options = { places: 30, events: 100 };
    expect(JSON.stringify(generateSyntheticGeodata({ ...options, seed: 5 }))).toBe(
      JSON.stringify(generateSyntheticGeodata({ ...options, seed: 5 })),
    );
    expect(JSON.stringify(generateSyntheticGeodata({ ...options, seed: 5 }))).not.toBe(
      JSON.stringify(generateSyntheticGeodata({ ...options, seed: 6 })),
    );
  });

  it.each([
    [2, 3],
    [50, 400],
    [300, 3000],
  ])('makes %i places and %i events that the app accepts', (places, events) => {
    const data = generateSyntheticGeodata({ places, events, seed: places });
    const check = validateDataset(data as unknown as RawDataset, TODAY);
    expect(check.ok ? [] : check.errors.map(formatDataError)).toEqual([]);
    expect(check.dataset.places.features).toHaveLength(places);
    expect(check.dataset.events).toHaveLength(events);
  });

  it('puts national events at the country-level place and local ones elsewhere', () => {
    const data = generateSyntheticGeodata({ places: 20, events: 500, seed: 9 }) as unknown as RawDataset & {
      events: { scope: string; places: string[] }[];
    };
    for (const event of data.events) {
      expect(event.places.includes(COUNTRY_PLACE_ID)).toBe(event.scope === 'national');
    }
    expect(data.events.some((event) => event.scope === 'national')).toBe(true);
  });

  it('refuses too few events for every place and the railway to have one', () => {
    expect(() => generateSyntheticGeodata({ places: 10, events: 10, seed: 1 })).toThrow(/places \+ 1/);
    expect(() => generateSyntheticGeodata({ places: 1, events: 10, seed: 1 })).toThrow(/≥ 2/);
  });
});
