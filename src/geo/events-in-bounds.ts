/** Events whose places lie in a box, for "Cite this view". Pure, over turf. */
import { booleanIntersects, booleanPointInPolygon, bboxPolygon } from '@turf/turf';
import type { Dataset, MapEvent } from '../data/types.ts';
import type { Bounds } from './data-bounds.ts';

/**
 * The events with at least one place, station or line inside `bounds`. A line counts when any part
 * of it crosses the box, even between two stations outside it.
 * @example eventsInBounds(dataset, [-9, 12, -7, 13]).map((e) => e.id) // the events at Bamako…
 */
export function eventsInBounds(dataset: Dataset, bounds: Bounds): MapEvent[] {
  const box = bboxPolygon(bounds);
  const inView = new Set<string>();
  for (const f of [...dataset.places.features, ...dataset.stations.features])
    if (booleanPointInPolygon(f.geometry.coordinates, box)) inView.add(f.properties.id);
  for (const f of dataset.corridor.features) if (booleanIntersects(f, box)) inView.add(f.properties.id);
  return dataset.events.filter((event) => event.places.some((id) => inView.has(id)));
}
