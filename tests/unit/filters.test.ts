import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/data/types.ts';
import { createEventQuery } from '../../src/state/event-query.ts';
import { citesSource, eventMatches, eventYears, filtersChanged, type Filters } from '../../src/state/filters.ts';
import { addSecondSource, minimalDataset } from '../fixtures/minimal-dataset.ts';

// "attack-at-b": 2025-05-12, security, at place-b and the line, cites doc-a.
// "relations-established": 1960-10-25, diplomacy, at capital-a, cites doc-b.
const dataset = minimalDataset({}, addSecondSource);
const ALL: Filters = { years: [1960, 2026], themes: [...THEMES], source: null };
const query = createEventQuery(dataset);

function event(id: string) {
  const found = dataset.events.find((e) => e.id === id);
  if (!found) throw new Error(`the fixture has no event ${id}`);
  return found;
}

describe('eventYears', () => {
  it('reads the years a date can fall in', () => {
    const attack = event('attack-at-b');
    expect(eventYears(attack)).toEqual([2025, 2025]);
    expect(eventYears({ ...attack, date: '2016-05/2018' })).toEqual([2016, 2018]);
    expect(eventYears({ ...attack, date: '2013' })).toEqual([2013, 2013]);
  });
});

describe('eventMatches', () => {
  it('keeps an event whose span overlaps the range', () => {
    const span = { ...event('attack-at-b'), date: '1979/2002', datePrecision: 'range' as const };
    expect(eventMatches(span, { ...ALL, years: [2000, 2010] })).toBe(true);
    expect(eventMatches(span, { ...ALL, years: [2003, 2010] })).toBe(false);
  });

  it('narrows by theme and by source', () => {
    const attack = event('attack-at-b');
    expect(eventMatches(attack, { ...ALL, themes: ['mining'] })).toBe(false);
    expect(eventMatches(attack, { ...ALL, themes: ['mining', 'security'] })).toBe(true);
    expect(eventMatches(attack, { ...ALL, themes: [] })).toBe(false);
    expect(eventMatches(attack, { ...ALL, source: 'doc-a' })).toBe(true);
    expect(eventMatches(attack, { ...ALL, source: 'doc-b' })).toBe(false);
  });

  it('counts a source that only pins the date as cited', () => {
    const attack = { ...event('attack-at-b'), dateSources: ['doc-b'] };
    expect(citesSource(attack, 'doc-b')).toBe(true);
    expect(eventMatches(attack, { ...ALL, source: 'doc-b' })).toBe(true);
  });
});

describe('the event query on the fixture (tests/unit/event-query.test.ts checks it on any filters)', () => {
  it('answers "what happened before 2016?", leaving the places as they are', () => {
    const before2016 = query.index({ ...ALL, years: [1960, 2015] }).dataset;
    expect(before2016.events.map((e) => e.id)).toEqual(['relations-established']);
    expect(before2016.places).toBe(dataset.places);
  });

  it('counts, for each theme, the events ticking it alone would show under the other filters', () => {
    const counts = query.themeCounts(ALL);
    expect(counts.get('security')).toBe(1);
    expect(counts.get('diplomacy')).toBe(1);
    expect(counts.get('mining')).toBe(0);
    expect([...counts.keys()]).toEqual([...THEMES]);
    expect(query.themeCounts({ ...ALL, years: [1960, 2015] }).get('security')).toBe(0);
  });

  it('counts events per year whatever the year filter, a span in each of its years', () => {
    const histogram = query.yearHistogram({ ...ALL, years: [2000, 2001] }, 1960, 2026);
    expect(histogram).toHaveLength(67);
    expect(histogram[0]).toBe(1);
    expect(histogram[2025 - 1960]).toBe(1);
    expect(histogram.reduce((a, b) => a + b, 0)).toBe(2);
    const span = { ...event('attack-at-b'), date: '2016/2018' };
    expect(createEventQuery({ ...dataset, events: [span] }).yearHistogram(ALL, 2015, 2019)).toEqual([0, 1, 1, 1, 0]);
  });

  it('lists the places, stations and corridor with events under the filters', () => {
    expect(query.activeFeatures({ ...ALL, themes: ['security'] })).toEqual(new Set(['place-b', 'line']));
    expect(query.activeFeatures({ ...ALL, themes: [] })).toEqual(new Set());
  });
});

describe('filtersChanged', () => {
  it('compares the filters by identity: replaced arrays are a change, the same ones are not', () => {
    expect(filtersChanged(ALL, ALL)).toBe(false);
    expect(filtersChanged({ ...ALL }, ALL)).toBe(false);
    expect(filtersChanged({ ...ALL, years: [1960, 2026] }, ALL)).toBe(true);
    expect(filtersChanged({ ...ALL, source: 'doc-a' }, ALL)).toBe(true);
  });
});
