/** Length of the corridor line, computed with turf. */
import { length } from '@turf/turf';
import type { Feature, LineString } from 'geojson';

/**
 * Sum of great-circle distances between consecutive vertices (turf `length`), in km. The line joins
 * stations in straight segments, so this is shorter than the track's published length.
 * @example corridorLengthKm(lineString([[-17.44, 14.69], [-8.0, 12.65]])) // ≈ 1050
 */
export function corridorLengthKm(line: Feature<LineString>): number {
  return length(line, { units: 'kilometers' });
}
