/** Reads the features of places.geojson, stations.geojson and corridor.geojson. */
import type { Feature, LineString, Point } from 'geojson';
import { checkLineString, checkPoint } from './check-geometry.ts';
import type { RecordChecker } from './record-checker.ts';
import {
  PLACE_KINDS,
  PRECISION_CODES,
  type CorridorProperties,
  type PlaceProperties,
  type StationProperties,
} from './types.ts';

type Read<P> = { properties: RecordChecker; done: (properties: Partial<P>) => P | undefined };

/** Checks a GeoJSON Feature's envelope and hands back a checker for its properties. */
function featureEnvelope<P>(c: RecordChecker): Read<P> | undefined {
  if (c.raw('type') !== 'Feature') c.fail('type', '"Feature"', c.raw('type'));
  const properties = c.nested('properties');
  if (!properties) return undefined;
  return { properties, done: (p) => (c.errors.length === 0 ? (p as P) : undefined) };
}

function withGeometry<G extends Point | LineString, P>(
  geometry: G | undefined,
  properties: P | undefined,
): Feature<G, P> | undefined {
  return geometry && properties ? { type: 'Feature', geometry, properties } : undefined;
}

export function readPlace(c: RecordChecker): Feature<Point, PlaceProperties> | undefined {
  const position = checkPoint(c);
  const f = featureEnvelope<PlaceProperties>(c);
  if (!f) return undefined;
  const p = f.properties;
  const properties = f.done({
    id: p.id('id'),
    name: p.string('name'),
    altNames: p.strings('altNames'),
    kind: p.oneOf('kind', PLACE_KINDS),
    region: p.string('region'),
    country: p.string('country'),
    precision: p.oneOf('precision', PRECISION_CODES),
    precisionNote: p.string('precisionNote'),
  });
  return withGeometry(position && { type: 'Point', coordinates: position }, properties);
}

export function readStation(c: RecordChecker): Feature<Point, StationProperties> | undefined {
  const position = checkPoint(c);
  const f = featureEnvelope<StationProperties>(c);
  if (!f) return undefined;
  const p = f.properties;
  const km = p.raw('kmFromDakar') === null ? null : p.number('kmFromDakar', { min: 0 });
  const properties = f.done({
    id: p.id('id'),
    name: p.string('name'),
    altNames: p.strings('altNames'),
    country: p.string('country'),
    order: p.number('order', { min: 1, integer: true }),
    kmFromDakar: km,
    kmApprox: p.boolean('kmApprox'),
    precision: p.oneOf('precision', PRECISION_CODES),
    precisionNote: p.string('precisionNote'),
  });
  return withGeometry(position && { type: 'Point', coordinates: position }, properties);
}

export function readCorridor(c: RecordChecker): Feature<LineString, CorridorProperties> | undefined {
  const positions = checkLineString(c);
  const f = featureEnvelope<CorridorProperties>(c);
  if (!f) return undefined;
  const p = f.properties;
  const properties = f.done({
    id: p.id('id'),
    name: p.string('name'),
    altNames: p.strings('altNames'),
    publishedLengthKm: p.number('publishedLengthKm', { min: 0 }),
    geometryNote: p.string('geometryNote'),
  });
  return withGeometry(positions && { type: 'LineString', coordinates: positions }, properties);
}
