/**
 * The basemap labels towns that are also our places or stations (Bamako, Gao, Kayes…); drawn twice,
 * the names crowd each other. Each data layer's names are left to it from the zoom it is drawn at
 * (below the stations' zoom, the basemap still names Dakar, Kayes, Kita…).
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Dataset } from '../data/types.ts';
import type { DataLayer } from '../layers/data-layer.ts';
import { BASEMAP_TOGGLE_LAYERS } from './basemap-style.ts';

/**
 * Filters the basemap's town layers so they leave out what the data layers name.
 * @example hideDuplicateTowns(map, DATA_LAYERS, dataset)
 */
export function hideDuplicateTowns(map: MapLibreMap, layers: readonly DataLayer[], dataset: Dataset): void {
  const name: ExpressionSpecification = ['get', 'name'];
  const drawnByUs: ExpressionSpecification = [
    'any',
    false,
    ...layers
      .filter((layer) => layer.names(dataset).length > 0)
      .map((layer): ExpressionSpecification => {
        const named: ExpressionSpecification = ['in', name, ['literal', layer.names(dataset)]];
        return layer.minZoom > 0 ? ['all', ['>=', ['zoom'], layer.minZoom], named] : named;
      }),
  ];
  for (const id of BASEMAP_TOGGLE_LAYERS.towns) {
    // The basemap's filters are expressions (src/map/basemap-style.ts), so they combine with 'all'.
    const filter = map.getFilter(id) as ExpressionSpecification | null | undefined;
    map.setFilter(id, filter ? ['all', filter, ['!', drawnByUs]] : ['!', drawnByUs]);
  }
}
