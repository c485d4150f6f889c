/**
 * The basemap labels towns that are also our places or stations (Bamako, Gao, Kayes…); drawn twice,
 * the names crowd each other. Leave places to the data layers always, and stations from the zoom at
 * which the station layer shows them (below it, the basemap still names Dakar, Kayes, Kita…).
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Dataset } from '../data/types.ts';
import { STATIONS_MIN_ZOOM } from '../layers/stations-layer.ts';
import { BASEMAP_TOGGLE_LAYERS } from './basemap-style.ts';

const namesOf = (features: { properties: { name: string; altNames: string[] } }[]): string[] =>
  features.flatMap((f) => [f.properties.name, ...f.properties.altNames]);

export function hideDuplicateTowns(map: MapLibreMap, dataset: Dataset): void {
  const name: ExpressionSpecification = ['get', 'name'];
  const drawnByUs: ExpressionSpecification = [
    'any',
    ['in', name, ['literal', namesOf(dataset.places.features)]],
    ['all', ['>=', ['zoom'], STATIONS_MIN_ZOOM], ['in', name, ['literal', namesOf(dataset.stations.features)]]],
  ];
  for (const id of BASEMAP_TOGGLE_LAYERS.towns) {
    // The basemap's filters are expressions (src/map/basemap-style.ts), so they combine with 'all'.
    const filter = map.getFilter(id) as ExpressionSpecification | null | undefined;
    map.setFilter(id, filter ? ['all', filter, ['!', drawnByUs]] : ['!', drawnByUs]);
  }
}
