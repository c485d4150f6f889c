/** GeoJSON geometry of this map (RFC 7946): positions longitude first, inside the map's region. */
import * as v from 'valibot';
import { fields, objectThen } from './fields.ts';

/**
 * Every feature of this map lies in West Africa. A point outside this box is almost always a typo or
 * swapped coordinates; widen the box if the map ever needs places elsewhere.
 */
export const REGION_BOUNDS = { west: -20, south: 4, east: 10, north: 28 } as const;

const POSITION = 'a position [longitude, latitude] of two numbers';
const ON_EARTH = 'longitude between -180 and 180 and latitude between -90 and 90';

type RawPosition = [number, number] | [number, number, number];

/** Two numbers, or three with an altitude (which the map drops). */
function isPosition(value: unknown): value is RawPosition {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    value.length <= 3 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

const isOnEarth = ([lng, lat]: RawPosition) => lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90;

function isInRegion([lng, lat]: RawPosition): boolean {
  const { west, south, east, north } = REGION_BOUNDS;
  return lng >= west && lng <= east && lat >= south && lat <= north;
}

/** Where the point is outside the region but would be inside with its numbers swapped, say so. */
function regionMessage(issue: v.BaseIssue<RawPosition>): string {
  const [lng, lat] = issue.input;
  const { west, south, east, north } = REGION_BOUNDS;
  const swapped = isInRegion([lat, lng]);
  return `[longitude, latitude] inside West Africa (longitude ${west} to ${east}, latitude ${south} to ${north})${swapped ? '; longitude and latitude look swapped' : ''}`;
}

/** A position [longitude, latitude] inside REGION_BOUNDS. */
export function position() {
  return v.config(
    v.pipe(
      v.custom<RawPosition>(isPosition, POSITION),
      v.check(isOnEarth, ON_EARTH),
      v.check(isInRegion, regionMessage),
      v.transform(([lng, lat]): [number, number] => [lng, lat]),
    ),
    { abortPipeEarly: true },
  );
}

/** A GeoJSON Point; with another `type` its coordinates are not read, so one slip gives one message. */
export function point() {
  return objectThen(v.variant('type', [fields({ type: v.literal('Point'), coordinates: position() })], '"Point"'));
}

/** A GeoJSON LineString of at least two positions, each reported under `coordinates[i]`. */
export function lineString() {
  return objectThen(
    v.variant(
      'type',
      [
        fields({
          type: v.literal('LineString'),
          coordinates: v.pipe(
            v.array(position(), 'a list of at least two positions'),
            v.minLength(2, 'a list of at least two positions'),
          ),
        }),
      ],
      '"LineString"',
    ),
  );
}
