import { describe, expect, it } from 'vitest';
import { foldForSearch, searchDataset } from '../../src/panel/search-index.ts';
import { minimalDataset } from '../fixtures/minimal-dataset.ts';

// Place B is also spelled "Bé-Town"; its event's actor is JNIM.
const dataset = minimalDataset({ 'places.features.1.properties.altNames': ['Bé-Town'] });

describe('foldForSearch', () => {
  it('folds accents and case', () => {
    expect(foldForSearch('Faléa GOÏTA')).toBe('falea goita');
  });
});

describe('searchDataset', () => {
  it('finds places by name and by other spellings, whatever the accents and case', () => {
    expect(searchDataset(dataset, 'place b')[0]).toMatchObject({ kind: 'place', featureId: 'place-b' });
    expect(searchDataset(dataset, 'BE-TOWN')).toEqual([{ kind: 'place', label: 'Place B', featureId: 'place-b' }]);
    expect(searchDataset(dataset, 'station 2')).toEqual([{ kind: 'place', label: 'Station 2', featureId: 's2' }]);
  });

  it('finds an event by its actors, or by words of its title and summary, at its first place', () => {
    expect(searchDataset(dataset, 'jnim')).toEqual([
      { kind: 'actor', label: 'JNIM: Attack at B (Place B)', featureId: 'place-b', eventId: 'attack-at-b' },
    ]);
    expect(searchDataset(dataset, 'relations began')).toEqual([
      {
        kind: 'event',
        label: 'Relations established (Capital A)',
        featureId: 'capital-a',
        eventId: 'relations-established',
      },
    ]);
  });

  it('lists places, then actors, then events, up to the limit', () => {
    // "b": Place B's name, "Attack at B" and "Relations began".
    expect(searchDataset(dataset, 'b').map((r) => `${r.kind} ${r.eventId ?? r.featureId}`)).toEqual([
      'place place-b',
      'event attack-at-b',
      'event relations-established',
    ]);
    expect(searchDataset(dataset, 'b', 2)).toHaveLength(2);
  });

  it('finds nothing for blank or unknown words', () => {
    expect(searchDataset(dataset, '   ')).toEqual([]);
    expect(searchDataset(dataset, 'zzzz-nothing')).toEqual([]);
  });
});
