/**
 * Leaves the towns the data layers name out of a basemap already on the map. Only where the build
 * could not know them (the dev server): a filter set once the basemap's tiles are loading makes
 * MapLibre lay every one of them out again, so a build puts them in the style it starts with
 * (`townsLeftOut` of createBasemapStyle).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Dataset } from '../data/types.ts';
import type { DataLayer } from '../layers/data-layer.ts';
import { townsNamedByData } from '../layers/towns-named.ts';
import { BASEMAP_TOGGLE_LAYERS } from './basemap-style.ts';
import { narrowedFilter } from './layer-visibility.ts';

/**
 * Filters the basemap's town layers so they leave out what the data layers name.
 * @example hideDuplicateTowns(map, DATA_LAYERS, dataset)
 */
export function hideDuplicateTowns(map: MapLibreMap, layers: readonly DataLayer[], dataset: Dataset): void {
  const named = townsNamedByData(layers, dataset);
  for (const id of BASEMAP_TOGGLE_LAYERS.towns) {
    map.setFilter(id, narrowedFilter(map.getFilter(id) ?? undefined, [named]));
  }
}
