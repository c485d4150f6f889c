/** Railway stations: small points from a middle zoom on, so the overview stays uncluttered. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { FONT_REGULAR } from '../map/font-faces.ts';
import type { Dataset } from '../data/types.ts';
import { STATION_COLOR } from '../theme.ts';

export const STATIONS_SOURCE_ID = 'stations';
export const STATION_LAYER_IDS = { circle: 'stations-circle', label: 'stations-label' } as const;

/** Below this zoom the stations would crowd the corridor. */
export const STATIONS_MIN_ZOOM = 6;

export function addStationsLayer(map: MapLibreMap, stations: Dataset['stations']): void {
  map.addSource(STATIONS_SOURCE_ID, { type: 'geojson', data: stations });
  map.addLayer({
    id: STATION_LAYER_IDS.circle,
    type: 'circle',
    source: STATIONS_SOURCE_ID,
    minzoom: STATIONS_MIN_ZOOM,
    paint: {
      'circle-color': '#ffffff',
      'circle-radius': ['interpolate', ['linear'], ['zoom'], STATIONS_MIN_ZOOM, 3.5, 10, 6],
      'circle-stroke-color': STATION_COLOR,
      'circle-stroke-width': 2,
    },
  });
  map.addLayer({
    id: STATION_LAYER_IDS.label,
    type: 'symbol',
    source: STATIONS_SOURCE_ID,
    minzoom: STATIONS_MIN_ZOOM,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [FONT_REGULAR],
      'text-size': 11,
      'text-anchor': 'top',
      'text-offset': [0, 0.7],
      'text-optional': true,
    },
    paint: { 'text-color': STATION_COLOR, 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
  });
}
