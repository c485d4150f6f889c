/** Where a point lies from a reference place: distance and direction, computed with turf. */
import { bearing, distance } from '@turf/turf';
import type { Position } from 'geojson';
import { compassPoint } from './compass.ts';

export interface RelativePosition {
  /** Great-circle distance in km. */
  km: number;
  /** Initial bearing from the reference, degrees clockwise from north (-180..180). */
  bearing: number;
}

/**
 * Distance (haversine, turf `distance`) and initial bearing (turf `bearing`) from `from` to `to`.
 * @example relativePosition([-8.002, 12.652], [-8.65, 12.01]).km // ≈ 100
 */
export function relativePosition(from: Position, to: Position): RelativePosition {
  return { km: distance(from, to, { units: 'kilometers' }), bearing: bearing(from, to) };
}

/**
 * Reads like the documents do: "about 100 km SW of Bamako". Distances are rounded to 5 km (to 1 km
 * under 20 km) because the points themselves are rarely more precise than that.
 * @example relativeLabel({ km: 98.7, bearing: -134 }, 'Bamako') // 'about 100 km SW of Bamako'
 */
export function relativeLabel(position: RelativePosition, referenceName: string): string {
  if (position.km < 1) return `in ${referenceName}`;
  return `about ${roundedKm(position.km).toLocaleString('en-GB')} km ${compassPoint(position.bearing)} of ${referenceName}`;
}

/**
 * A distance rounded as the points allow: to 5 km, or to 1 km under 20 km.
 * @example roundedKm(98.7) // 100
 */
export function roundedKm(km: number): number {
  return km < 20 ? Math.round(km) : Math.round(km / 5) * 5;
}
