// The column-based answers must equal the plain definitions (filters-reference.ts, and
// data/dataset-index.ts), for any filters, on a seeded synthetic dataset with spans, several themes
// per event, national events and many sources.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSyntheticGeodata } from '../../scripts/bench/synthetic-geodata.mjs';
import { indexDataset } from '../../src/data/dataset-index.ts';
import { THEMES } from '../../src/data/types.ts';
import { validateDataset, type RawDataset } from '../../src/data/validate-dataset.ts';
import { createEventQuery } from '../../src/state/event-query.ts';
import { citesSource, type Filters } from '../../src/state/filters.ts';
import { featuresWithEvents, filterDataset, themeCounts, yearHistogram } from './filters-reference.ts';

const check = validateDataset(generateSyntheticGeodata({ places: 40, events: 600, seed: 7 }) as unknown as RawDataset);
const dataset = check.dataset;
const query = createEventQuery(dataset);
const ids = (events: { id: string }[]) => events.map((event) => event.id);

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  years: fc
    .tuple(fc.integer({ min: 1950, max: 2030 }), fc.integer({ min: 1950, max: 2030 }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
  themes: fc.subarray([...THEMES]),
  source: fc.option(fc.constantFrom(...dataset.sources.map((source) => source.id)), { nil: null }),
});

describe('createEventQuery', () => {
  it('works on a dataset the app accepts, with events of every kind', () => {
    expect(check.ok).toBe(true);
    expect(dataset.events.length).toBe(600);
    expect(dataset.events.some((event) => event.date.includes('/'))).toBe(true);
    expect(dataset.events.some((event) => event.themes.length > 1)).toBe(true);
  });

  it('lets through the same events as filterDataset, in data and in date order, per feature too', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const expected = indexDataset(filterDataset(dataset, filters));
        const actual = query.index(filters);
        expect(ids(actual.dataset.events)).toEqual(ids(filterDataset(dataset, filters).events));
        expect(ids(actual.chronological)).toEqual(ids(expected.chronological));
        for (const feature of dataset.places.features.slice(0, 8))
          expect(ids(actual.eventsOf(feature.properties.id))).toEqual(ids(expected.eventsOf(feature.properties.id)));
      }),
      { numRuns: 60 },
    );
  });

  it('counts themes, years, sources, cited sources and lit features as the plain definitions do', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        expect(query.themeCounts(filters)).toEqual(themeCounts(dataset, filters, THEMES));
        const allYears = filterDataset(dataset, { ...filters, years: [1960, 2026] }).events;
        expect(query.yearHistogram(filters, 1960, 2026)).toEqual(yearHistogram(allYears, 1960, 2026));
        const underYearsAndThemes = filterDataset(dataset, { ...filters, source: null }).events;
        for (const source of dataset.sources.slice(0, 5))
          expect(query.sourceCounts(filters).get(source.id) ?? 0).toBe(
            underYearsAndThemes.filter((event) => citesSource(event, source.id)).length,
          );
        const shown = filterDataset(dataset, filters).events;
        expect([...query.citedSources(filters)].sort()).toEqual(
          dataset.sources
            .filter((s) => shown.some((event) => citesSource(event, s.id)))
            .map((s) => s.id)
            .sort(),
        );
        expect([...query.activeFeatures(filters)].sort()).toEqual(
          [...featuresWithEvents(filterDataset(dataset, filters).events)].sort(),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('gives the timeline every year under the themes and source, oldest first', () => {
    const filters: Filters = { years: [2000, 2001], themes: ['mining', 'security'], source: null };
    const all = query.allYears(filters);
    expect(ids(all)).toEqual(
      ids(indexDataset(filterDataset(dataset, { ...filters, years: [-9999, 9999] })).chronological),
    );
    expect(all.length).toBeGreaterThan(query.index(filters).dataset.events.length);
  });

  it('answers the same object again for the same filters, and a new one when they change', () => {
    const filters: Filters = { years: [1990, 2020], themes: [...THEMES], source: null };
    expect(query.index({ ...filters })).toBe(query.index({ ...filters }));
    expect(query.index({ ...filters, years: [1991, 2020] })).not.toBe(query.index(filters));
  });

  it('keeps its answer for the current filters while the timeline asks for all years', () => {
    const filters: Filters = { years: [1995, 2005], themes: [...THEMES], source: null };
    const index = query.index(filters);
    const all = query.allYears(filters);
    expect(query.index(filters)).toBe(index);
    expect(query.allYears(filters)).toBe(all);
  });
});
