/** The box that holds every feature the map draws, for the first view. */
import { bbox, featureCollection } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';

export type Bounds = [west: number, south: number, east: number, north: number];

/**
 * Bounding box of all given features (turf `bbox`), or null when there are none (an empty dataset
 * has no box, and MapLibre refuses an infinite one).
 * @example dataBounds([point([-8, 12.6]), point([0, 16.3])]) // [-8, 12.6, 0, 16.3]
 */
export function dataBounds(features: Feature<Geometry>[]): Bounds | null {
  if (features.length === 0) return null;
  const [west, south, east, north] = bbox(featureCollection(features));
  return [west, south, east, north];
}
