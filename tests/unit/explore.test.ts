import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/data/types.ts';
import { citeView } from '../../src/panel/citation-text.ts';
import { foldForSearch, searchDataset } from '../../src/panel/search-index.ts';
import {
  eventMatches,
  eventYears,
  featuresWithEvents,
  filterDataset,
  themeCounts,
  yearHistogram,
} from '../../src/state/filters.ts';
import { dataset } from '../data/geodata-files.ts';

const ALL = { years: [1960, 2026] as [number, number], themes: [...THEMES], source: null };

function event(id: string) {
  const found = dataset.events.find((e) => e.id.includes(id));
  if (!found) throw new Error(`no event like ${id}`);
  return found;
}

describe('filters', () => {
  it('reads the years a date can fall in', () => {
    expect(eventYears({ ...event('narena'), date: '2016-05/2018' })).toEqual([2016, 2018]);
    expect(eventYears({ ...event('narena'), date: '2013' })).toEqual([2013, 2013]);
  });

  it('keeps an event whose span overlaps the range', () => {
    const span = { ...event('narena'), date: '1979/2002', datePrecision: 'range' as const };
    expect(eventMatches(span, { ...ALL, years: [2000, 2010] })).toBe(true);
    expect(eventMatches(span, { ...ALL, years: [2003, 2010] })).toBe(false);
  });

  it('narrows by theme and by source', () => {
    const attack = event('narena');
    expect(eventMatches(attack, { ...ALL, themes: ['mining'] })).toBe(attack.themes.includes('mining'));
    expect(eventMatches(attack, { ...ALL, themes: [] })).toBe(false);
    expect(eventMatches(attack, { ...ALL, source: 'ap-2025-narena-attack' })).toBe(true);
    expect(eventMatches(attack, { ...ALL, source: 'wikipedia-china-mali-relations' })).toBe(false);
  });

  it('answers "what happened in Gao before 2016?"', () => {
    const gao = filterDataset(dataset, { ...ALL, years: [1960, 2015] }).events.filter((e) => e.places.includes('gao'));
    expect(gao.length).toBeGreaterThan(0);
    for (const e of gao) expect(eventYears(e)[0]).toBeLessThanOrEqual(2015);
  });

  it('counts per theme and per year', () => {
    const counts = themeCounts(dataset, ALL, THEMES);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(dataset.events.length);
    const histogram = yearHistogram(dataset.events, 1960, 2026);
    expect(histogram).toHaveLength(67);
    expect(histogram[0]).toBeGreaterThanOrEqual(1); // relations established, 1960
  });

  it('lists the features that have events', () => {
    expect(featuresWithEvents(filterDataset(dataset, { ...ALL, themes: ['mining'] }).events)).toContain('goulamina');
  });
});

describe('search', () => {
  it('folds accents and case', () => {
    expect(foldForSearch('Faléa GOÏTA')).toBe('falea goita');
  });

  it('finds places by other spellings, actors, and event text', () => {
    expect(searchDataset(dataset, 'falea')[0]).toMatchObject({ kind: 'place', featureId: 'falea' });
    expect(searchDataset(dataset, 'Narena')[0]).toMatchObject({ kind: 'place', featureId: 'narena' });
    expect(searchDataset(dataset, 'ganfeng').some((r) => r.kind === 'actor' && r.featureId === 'goulamina')).toBe(true);
    expect(searchDataset(dataset, 'lithium uranium').some((r) => r.featureId === 'kidal')).toBe(true);
    expect(searchDataset(dataset, '   ')).toEqual([]);
    expect(searchDataset(dataset, 'zzzz-nothing')).toEqual([]);
  });
});

describe('cite this view', () => {
  it('gives title, version, date, link and the sources of the events in view', () => {
    const events = dataset.events.filter((e) => e.places.includes('narena'));
    const text = citeView({
      title: 'Map',
      version: '1.2.3',
      date: '2026-11-22',
      link: 'http://x/#5/1/2',
      events,
      sources: dataset.sources,
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Map (version 1.2.3). Viewed 22 November 2026. http://x/#5/1/2');
    expect(lines[1]).toBe(`Sources of the ${events.length} event${events.length === 1 ? '' : 's'} in view:`);
    expect(text).toContain('Africa Defense Forum');
    expect(text).not.toContain('Wikipedia');
  });

  it('says so when no event is in view', () => {
    expect(
      citeView({ title: 'Map', version: '1', date: '2026-11-22', link: 'l', events: [], sources: dataset.sources }),
    ).toContain('No events in view');
  });
});
