/** An event's scope against the kind of its places: national at the country, local never there. */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/validate-dataset.ts';
import { minimalRawDataset, setAt } from '../../fixtures/minimal-dataset.ts';
import { TODAY } from './problems.ts';

/** In the fixture, event 1 "relations-established" is national at "capital-a", a place of kind "country". */
function check(changes: Record<string, unknown>) {
  const raw = minimalRawDataset();
  for (const [path, value] of Object.entries(changes)) setAt(raw, path, value);
  const result = validateDataset(raw, TODAY);
  const errors = result.ok
    ? []
    : result.errors.map(({ record, field, expected, got }) => ({ record, field, expected, got }));
  return { errors, events: result.dataset.events.map((e) => e.id) };
}

const NATIONAL = 'a place of kind "country", since the scope is "national" (a fact about Mali as a whole)';
const LOCAL =
  'a place other than the whole country, since the scope is "local" (facts about Mali as a whole are "national")';
const RELATIONS = 'event "relations-established" (index 1)';

describe('scope against places', () => {
  it('accepts a national event at the country and a local one elsewhere', () => {
    expect(check({}).errors).toEqual([]);
  });

  it('wants a national event at exactly one place', () => {
    const { errors, events } = check({ 'events.1.places': ['capital-a', 'place-b'] });
    expect(errors).toEqual([
      {
        record: RELATIONS,
        field: 'places',
        expected: 'exactly one place, the country, since the scope is "national" (a fact about Mali as a whole)',
        got: '["capital-a","place-b"]',
      },
    ]);
    expect(events).toEqual(['attack-at-b']);
  });

  it('wants that place to be of kind "country", not a capital, a station or the line', () => {
    const atCapital = check({ 'places.features.0.properties.kind': 'capital' });
    expect(atCapital.errors).toEqual([
      { record: RELATIONS, field: 'places[0]', expected: NATIONAL, got: '"capital-a" (capital)' },
    ]);
    expect(atCapital.events).toEqual(['attack-at-b']);
    expect(check({ 'events.1.places': ['s1'] }).errors).toContainEqual({
      record: RELATIONS,
      field: 'places[0]',
      expected: NATIONAL,
      got: '"s1" (station)',
    });
    expect(check({ 'events.1.places': ['line'] }).errors).toContainEqual({
      record: RELATIONS,
      field: 'places[0]',
      expected: NATIONAL,
      got: '"line" (railway line)',
    });
  });

  it('refuses the country among the places of a local event', () => {
    const { errors, events } = check({ 'events.0.places': ['place-b', 'capital-a', 'line'] });
    expect(errors).toEqual([
      { record: 'event "attack-at-b" (index 0)', field: 'places[1]', expected: LOCAL, got: '"capital-a" (country)' },
    ]);
    expect(events).toEqual(['relations-established']);
  });

  it('does not report a place twice: an invalid kind, or an unknown id, is reported once, by itself', () => {
    expect(check({ 'places.features.0.properties.kind': 'nation' }).errors.map((e) => e.field)).toEqual([
      'properties.kind',
    ]);
    const unknown = check({ 'events.1.places': ['atlantis'] }).errors.filter((e) => e.record === RELATIONS);
    expect(unknown).toEqual([
      { record: RELATIONS, field: 'places[0]', expected: 'the id of a place, station or corridor', got: '"atlantis"' },
    ]);
  });

  it('still knows the kind of a place left out for another fault', () => {
    const { errors } = check({
      'places.features.0.properties.kind': 'capital',
      'places.features.0.properties.region': '',
    });
    expect(errors.map((e) => `${e.record} ${e.field}`)).toEqual([
      'feature "capital-a" (index 0) properties.region',
      `${RELATIONS} places[0]`,
    ]);
  });
});
