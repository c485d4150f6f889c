import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { corridorSchema, placeSchema, stationSchema } from '../../../src/data/schemas/feature-schemas.ts';
import { REGION_BOUNDS } from '../../../src/data/schemas/geometry-schemas.ts';
import { fixtureRecord, problems } from './problems.ts';

const place = (changes: Record<string, unknown> = {}) =>
  problems(placeSchema(), fixtureRecord('places.features.1', changes));
const station = (changes: Record<string, unknown> = {}) =>
  problems(stationSchema(), fixtureRecord('stations.features.1', changes));
const corridor = (changes: Record<string, unknown> = {}) =>
  problems(corridorSchema(), fixtureRecord('corridor.features.0', changes));
const IN_REGION = `[longitude, latitude] inside West Africa (longitude ${REGION_BOUNDS.west} to ${REGION_BOUNDS.east}, latitude ${REGION_BOUNDS.south} to ${REGION_BOUNDS.north})`;

describe('placeSchema', () => {
  it('accepts the fixture places', () => {
    expect(place()).toEqual([]);
    expect(problems(placeSchema(), fixtureRecord('places.features.0'))).toEqual([]);
  });

  it('wants a Feature with a Point, and reads no coordinates of another geometry', () => {
    expect(place({ type: 'Place' })).toEqual([{ field: 'type', expected: '"Feature"', got: '"Place"' }]);
    const line = {
      type: 'LineString',
      coordinates: [
        [-8, 12],
        [-7, 12],
      ],
    };
    expect(place({ geometry: line })).toEqual([{ field: 'geometry.type', expected: '"Point"', got: '"LineString"' }]);
    expect(place({ geometry: null })).toEqual([{ field: 'geometry', expected: 'an object', got: 'null' }]);
  });

  it.each([
    [['-8.0', '12.65'], 'a position [longitude, latitude] of two numbers'],
    [[-8], 'a position [longitude, latitude] of two numbers'],
    [[-8, 12, 0, 1], 'a position [longitude, latitude] of two numbers'],
    [[-8.6, 95], 'longitude between -180 and 180 and latitude between -90 and 90'],
    [[2.35, 48.86], IN_REGION],
    [[12.65196, -8.00198], `${IN_REGION}; longitude and latitude look swapped`],
  ])('refuses the position %j', (coordinates, expected) => {
    expect(place({ 'geometry.coordinates': coordinates })).toEqual([
      { field: 'geometry.coordinates', expected, got: JSON.stringify(coordinates) },
    ]);
  });

  it('drops an altitude and any member a Feature may carry besides its three', () => {
    const raw = fixtureRecord('places.features.1', { 'geometry.coordinates': [-8.65, 12.01, 330], id: 7 });
    const output = v.parse(placeSchema(), raw);
    expect(output.geometry.coordinates).toEqual([-8.65, 12.01]);
    expect(output).not.toHaveProperty('id');
  });

  it('checks the properties by name', () => {
    expect(place({ 'properties.kind': 'village' })[0]).toMatchObject({ field: 'properties.kind', got: '"village"' });
    expect(place({ 'properties.precision': 5 })).toEqual([
      { field: 'properties.precision', expected: 'one of 1, 2, 3, 4, 6', got: '5' },
    ]);
    expect(place({ 'properties.precisionNote': undefined })).toEqual([
      { field: 'properties.precisionNote', expected: 'a non-empty text', got: 'nothing' },
    ]);
    expect(place({ 'properties.altNames': ['Falea', ''] })).toEqual([
      { field: 'properties.altNames[1]', expected: 'a non-empty text', got: '""' },
    ]);
    expect(place({ properties: [] })).toEqual([{ field: 'properties', expected: 'an object', got: '[]' }]);
  });
});

describe('stationSchema', () => {
  it('accepts the fixture stations', () => {
    expect(station()).toEqual([]);
    expect(problems(stationSchema(), fixtureRecord('stations.features.0'))).toEqual([]);
  });

  it('wants a whole order from 1, a distance ≥ 0 or null, and kmApprox true or false', () => {
    expect(station({ 'properties.order': 0 })).toEqual([
      { field: 'properties.order', expected: 'a whole number ≥ 1', got: '0' },
    ]);
    expect(station({ 'properties.order': 1.5 })[0]?.expected).toBe('a whole number ≥ 1');
    expect(station({ 'properties.kmFromDakar': 12.5 })).toEqual([]);
    expect(station({ 'properties.kmFromDakar': -3 })).toEqual([
      { field: 'properties.kmFromDakar', expected: 'a number ≥ 0', got: '-3' },
    ]);
    expect(station({ 'properties.kmApprox': 'yes' })).toEqual([
      { field: 'properties.kmApprox', expected: 'true or false', got: '"yes"' },
    ]);
  });
});

describe('corridorSchema', () => {
  it('accepts the fixture line', () => {
    expect(corridor()).toEqual([]);
  });

  it('wants a LineString of two positions or more, each checked under its index', () => {
    expect(corridor({ 'geometry.coordinates': [[-8, 12.65]] })).toEqual([
      { field: 'geometry.coordinates', expected: 'a list of at least two positions', got: '[[-8,12.65]]' },
    ]);
    expect(corridor({ 'geometry.coordinates': [[-17.44, 14.69], [14.69, -17.44], 'x'] })).toEqual([
      {
        field: 'geometry.coordinates[1]',
        expected: `${IN_REGION}; longitude and latitude look swapped`,
        got: '[14.69,-17.44]',
      },
      { field: 'geometry.coordinates[2]', expected: 'a position [longitude, latitude] of two numbers', got: '"x"' },
    ]);
    expect(corridor({ geometry: { type: 'Point', coordinates: [-8, 12.65] } })).toEqual([
      { field: 'geometry.type', expected: '"LineString"', got: '"Point"' },
    ]);
  });

  it('wants a published length ≥ 0', () => {
    expect(corridor({ 'properties.publishedLengthKm': '1287' })).toEqual([
      { field: 'properties.publishedLengthKm', expected: 'a number ≥ 0', got: '"1287"' },
    ]);
  });
});
