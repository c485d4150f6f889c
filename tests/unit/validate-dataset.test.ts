import { describe, expect, it } from 'vitest';
import { validateDataset, type RawDataset } from '../../src/data/validate-dataset.ts';
import type { DataError } from '../../src/data/types.ts';
import { FIXTURE_TODAY as TODAY, getAt, minimalRawDataset, setAt } from '../fixtures/minimal-dataset.ts';

/** Validates the fixture after setting each path to its value (undefined deletes the field). */
function validateBroken(changes: Record<string, unknown>, extra?: (raw: RawDataset) => void) {
  const raw = minimalRawDataset();
  for (const [path, value] of Object.entries(changes)) setAt(raw, path, value);
  extra?.(raw);
  const check = validateDataset(raw, TODAY);
  return { errors: check.ok ? [] : check.errors, dataset: check.dataset };
}

function expectOneError(errors: DataError[], expected: Partial<DataError>): void {
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject(expected);
}

describe('validateDataset', () => {
  it('accepts the valid fixture and keeps every record', () => {
    const check = validateDataset(minimalRawDataset(), TODAY);
    expect(check.ok).toBe(true);
    expect(check.dataset.events).toHaveLength(2);
    expect(check.dataset.places.features).toHaveLength(2);
    expect(check.dataset.stations.features).toHaveLength(2);
  });

  it('names file, record, field and expectation for a coordinate out of range', () => {
    const { errors, dataset } = validateBroken({ 'places.features.1.geometry.coordinates': [-8.6, 95] });
    expectOneError(errors, {
      file: 'places.geojson',
      record: 'feature "place-b" (index 1)',
      field: 'geometry.coordinates',
    });
    expect(errors[0]?.expected).toMatch(/latitude between -90 and 90/);
    expect(dataset.places.features.map((f) => f.properties.id)).toEqual(['capital-a']);
  });

  it('spots swapped longitude and latitude', () => {
    const { errors } = validateBroken({ 'places.features.0.geometry.coordinates': [12.65196, -8.00198] });
    expect(errors[0]?.expected).toMatch(/look swapped/);
  });

  it('refuses a geometry of the wrong type', () => {
    const { errors } = validateBroken({
      'places.features.0.geometry': {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    });
    expect(errors[0]).toMatchObject({ field: 'geometry.type', expected: '"Point"' });
  });

  it('reports a missing field by name', () => {
    const { errors } = validateBroken({ 'places.features.1.properties.precisionNote': undefined });
    expectOneError(errors, {
      record: 'feature "place-b" (index 1)',
      field: 'properties.precisionNote',
      expected: 'a non-empty text',
      got: 'nothing',
    });
  });

  it('reports a place kind outside the allowed values', () => {
    const { errors } = validateBroken({ 'places.features.1.properties.kind': 'village' });
    expect(errors[0]?.field).toBe('properties.kind');
    expect(errors[0]?.expected).toContain('"mining-site"');
  });

  it('refuses links that are not http or https', () => {
    const { errors, dataset } = validateBroken({ 'sources.0.url': 'javascript:alert(1)' });
    expect(errors[0]).toMatchObject({ file: 'sources.json', record: 'source "doc-a" (index 0)', field: 'url' });
    expect(errors[0]?.expected).toMatch(/http:\/\/ or https:\/\//);
    expect(dataset.sources).toHaveLength(0);
  });

  it('reports references to places and sources that do not exist, and drops only those events', () => {
    const { errors, dataset } = validateBroken({
      'events.0.places': ['place-b', 'atlantis'],
      'events.1.citations.0.source': 'missing-source',
    });
    expect(errors.map((e) => `${e.record} ${e.field}`)).toEqual(
      expect.arrayContaining([
        'event "attack-at-b" (index 0) places[1]',
        'event "relations-established" (index 1) citations[0].source',
      ]),
    );
    expect(dataset.events).toHaveLength(0);
  });

  it('keeps an event whose place is present but invalid, reporting only the place', () => {
    const { errors, dataset } = validateBroken({ 'places.features.1.properties.region': '' });
    expectOneError(errors, { record: 'feature "place-b" (index 1)', field: 'properties.region' });
    expect(dataset.events).toHaveLength(2);
  });

  it('requires every place to have an event', () => {
    const { errors } = validateBroken({ 'events.0.places': ['line'] });
    expectOneError(errors, { file: 'places.geojson', record: 'feature "place-b" (index 1)', field: 'properties.id' });
  });

  it('refuses duplicate ids, keeping the first', () => {
    const { errors, dataset } = validateBroken({}, (raw) =>
      (raw.events as unknown[]).push(structuredClone(getAt(raw, 'events.0'))),
    );
    expectOneError(errors, { file: 'events.json', record: 'event "attack-at-b" (index 2)', field: 'id' });
    expect(dataset.events).toHaveLength(2);
  });

  it('refuses malformed and future dates, and precision that does not match', () => {
    expect(validateBroken({ 'events.0.date': '12 May 2025' }).errors[0]?.field).toBe('date');
    expect(validateBroken({ 'events.0.date': '2027-01-01' }).errors[0]?.expected).toMatch(/not after today/);
    expect(validateBroken({ 'events.0.datePrecision': 'month' }).errors[0]).toMatchObject({
      field: 'datePrecision',
      got: '"month"',
    });
  });

  it('asks for a note and a source when a date comes from another report', () => {
    const { errors } = validateBroken({ 'events.0.dateBasis': 'other-report' });
    expect(errors.map((e) => e.field)).toEqual(['dateNote', 'dateSources']);
  });

  it('requires at least one citation, and currencies only on amounts', () => {
    expect(validateBroken({ 'events.0.citations': [] }).errors[0]?.field).toBe('citations');
    expect(validateBroken({ 'events.0.figures.0.currency': 'USD' }).errors[0]?.field).toBe('figures[0].currency');
    expect(
      validateBroken({ 'events.0.figures.0': { measure: 'amount', value: 5, label: 'x', fr: { label: 'x (fr)' } } })
        .errors[0]?.field,
    ).toBe('figures[0].currency');
  });

  it('checks that the corridor passes through the stations in order', () => {
    const { errors } = validateBroken({ 'corridor.features.0.geometry.coordinates.1': [-8.1, 12.65] });
    expectOneError(errors, { file: 'corridor.geojson', field: 'geometry.coordinates[1]' });
    expect(errors[0]?.expected).toContain('station "s2"');
  });
});
