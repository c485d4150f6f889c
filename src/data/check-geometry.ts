/** Checks of GeoJSON geometry: RFC 7946 positions, longitude first, inside the map's region. */
import type { Position } from 'geojson';
import type { RecordChecker } from './record-checker.ts';

/**
 * Every feature of this map lies in West Africa. A point outside this box is almost always a typo or
 * swapped coordinates; widen the box if the map ever needs places elsewhere.
 */
export const REGION_BOUNDS = { west: -20, south: 4, east: 10, north: 28 } as const;

function checkPosition(checker: RecordChecker, field: string, value: unknown): Position | undefined {
  if (
    !Array.isArray(value) ||
    value.length < 2 ||
    value.length > 3 ||
    !value.every((n) => typeof n === 'number' && Number.isFinite(n))
  ) {
    return checker.fail(field, 'a position [longitude, latitude] of two numbers', value);
  }
  const [lng, lat] = value as [number, number];
  if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
    return checker.fail(field, 'longitude between -180 and 180 and latitude between -90 and 90', value);
  }
  const { west, south, east, north } = REGION_BOUNDS;
  if (lng < west || lng > east || lat < south || lat > north) {
    const swapped = lat >= west && lat <= east && lng >= south && lng <= north;
    return checker.fail(
      field,
      `[longitude, latitude] inside West Africa (longitude ${west} to ${east}, latitude ${south} to ${north})${swapped ? '; longitude and latitude look swapped' : ''}`,
      value,
    );
  }
  return [lng, lat];
}

/** Reads `geometry` as a GeoJSON Point. */
export function checkPoint(checker: RecordChecker): Position | undefined {
  const geometry = checker.nested('geometry');
  if (!geometry) return undefined;
  if (geometry.raw('type') !== 'Point') return geometry.fail('type', '"Point"', geometry.raw('type'));
  return checkPosition(geometry, 'coordinates', geometry.raw('coordinates'));
}

/** Reads `geometry` as a GeoJSON LineString of at least two positions. */
export function checkLineString(checker: RecordChecker): Position[] | undefined {
  const geometry = checker.nested('geometry');
  if (!geometry) return undefined;
  if (geometry.raw('type') !== 'LineString') return geometry.fail('type', '"LineString"', geometry.raw('type'));
  const coordinates = geometry.raw('coordinates');
  if (!Array.isArray(coordinates) || coordinates.length < 2) {
    return geometry.fail('coordinates', 'a list of at least two positions', coordinates);
  }
  const positions = coordinates.map((value, i) => checkPosition(geometry, `coordinates[${i}]`, value));
  return positions.every((p) => p !== undefined) ? positions : undefined;
}
