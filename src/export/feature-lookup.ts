/** What an export needs to know about the features an event names: its name, point and precision. */
import type { Dataset, PrecisionCode } from '../data/types.ts';

/** One place, station or the corridor, as an event's row in a table describes it. */
export interface FeatureSummary {
  id: string;
  name: string;
  layer: 'place' | 'station' | 'corridor';
  /** [longitude, latitude] as in the data; null for the corridor, a line with no single point. */
  position: [number, number] | null;
  /** The UCDP/AidData code of a point; null for the corridor, which has none. */
  precision: PrecisionCode | null;
}

/**
 * Indexes the places, stations and corridor by id (they share one namespace, geodata/README.md).
 *
 * @param dataset - the validated dataset
 * @returns a map from feature id to its summary
 * @example
 * featureLookup(dataset).get('bamako')
 * // { id: 'bamako', name: 'Bamako', layer: 'place', position: [-8.00198, 12.65196], precision: 1 }
 */
export function featureLookup(dataset: Dataset): Map<string, FeatureSummary> {
  const lookup = new Map<string, FeatureSummary>();
  for (const { geometry, properties } of dataset.places.features) {
    const { id, name, precision } = properties;
    lookup.set(id, { id, name, layer: 'place', position: lngLat(geometry.coordinates), precision });
  }
  for (const { geometry, properties } of dataset.stations.features) {
    const { id, name, precision } = properties;
    lookup.set(id, { id, name, layer: 'station', position: lngLat(geometry.coordinates), precision });
  }
  for (const { properties } of dataset.corridor.features) {
    const { id, name } = properties;
    lookup.set(id, { id, name, layer: 'corridor', position: null, precision: null });
  }
  return lookup;
}

function lngLat(position: readonly number[]): [number, number] | null {
  const [lng, lat] = position;
  return lng === undefined || lat === undefined ? null : [lng, lat];
}
