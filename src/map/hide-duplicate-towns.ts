/**
 * The basemap labels towns that are also our places or stations (Bamako, Gao, Kayes…); drawn twice,
 * the names crowd each other. Leave those to the data layers.
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Dataset } from '../data/types.ts';
import { BASEMAP_TOGGLE_LAYERS } from './basemap-style.ts';

/** Every name and other spelling of the map's places and stations. */
export function dataFeatureNames(dataset: Dataset): string[] {
  return [...dataset.places.features, ...dataset.stations.features].flatMap((f) => [f.properties.name, ...f.properties.altNames]);
}

export function hideDuplicateTowns(map: MapLibreMap, names: string[]): void {
  const notOurs: ExpressionSpecification = ['!', ['in', ['get', 'name'], ['literal', names]]];
  for (const id of BASEMAP_TOGGLE_LAYERS.towns) {
    // The basemap's filters are expressions (src/map/basemap-style.ts), so they combine with 'all'.
    const filter = map.getFilter(id) as ExpressionSpecification | null | undefined;
    map.setFilter(id, filter ? ['all', filter, notOurs] : notOurs);
  }
}
