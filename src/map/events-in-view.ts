/** Events whose places lie in the map's current view, for "Cite this view". */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Dataset, MapEvent } from '../data/types.ts';

export function eventsInView(map: MapLibreMap, dataset: Dataset): MapEvent[] {
  const bounds = map.getBounds();
  const inView = new Set<string>();
  for (const f of [...dataset.places.features, ...dataset.stations.features]) {
    if (bounds.contains(f.geometry.coordinates as [number, number])) inView.add(f.properties.id);
  }
  // The line is in view when any of its vertices is.
  for (const f of dataset.corridor.features) {
    if (f.geometry.coordinates.some((c) => bounds.contains(c as [number, number]))) inView.add(f.properties.id);
  }
  return dataset.events.filter((event) => event.places.some((id) => inView.has(id)));
}
