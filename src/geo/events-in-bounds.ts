/** Events whose places lie in a box, for "Cite this view". Pure, over turf. */
import { bboxClip } from '@turf/turf';
import type { Dataset, MapEvent } from '../data/types.ts';
import type { Bounds } from './data-bounds.ts';

/**
 * The events with at least one place, station or line inside `bounds`. A line counts when any part
 * of it crosses the box, even between two stations outside it. Lines are clipped to the box
 * (turf's bboxClip, a few hundred bytes) rather than intersected as polygons (booleanIntersects,
 * which brings a sweep-line library into the start-up bundle for the same answer on a box).
 * @example eventsInBounds(dataset, [-9, 12, -7, 13]).map((e) => e.id) // the events at Bamako…
 */
export function eventsInBounds(dataset: Dataset, bounds: Bounds): MapEvent[] {
  const [west, south, east, north] = bounds;
  const inView = new Set<string>();
  for (const f of [...dataset.places.features, ...dataset.stations.features]) {
    const [x = Number.NaN, y = Number.NaN] = f.geometry.coordinates;
    if (x >= west && x <= east && y >= south && y <= north) inView.add(f.properties.id);
  }
  for (const f of dataset.corridor.features) {
    const clipped = bboxClip(f, bounds).geometry;
    const parts = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
    if (parts.some((part) => part.length >= 2)) inView.add(f.properties.id);
  }
  return dataset.events.filter((event) => event.places.some((id) => inView.has(id)));
}
