/** Railway stations: small points from a middle zoom on, so the overview stays uncluttered. */
import { DIMMABLE_OPACITY, FONT_REGULAR, STATION_COLOR, byZoom, perFeature } from '../theme.ts';
import { messages } from '../i18n/i18n.ts';
import { namesOf, type DataLayer } from './data-layer.ts';

const SOURCE_ID = 'stations';
const LAYER_IDS = { circle: 'stations-circle', label: 'stations-label' } as const;
/** Below this zoom the stations would crowd the corridor. */
const MIN_ZOOM = 6;

/** The stations of stations.geojson; they dim with the railway they belong to. */
export const stationsLayer: DataLayer = {
  sourceId: SOURCE_ID,
  clickableLayerIds: [LAYER_IDS.circle],
  clickPriority: 1,
  minZoom: MIN_ZOOM,
  toggleGroup: 'railway',
  toggles: () => [
    {
      key: 'stations',
      label: messages().layers.stations,
      swatch: { shape: 'ring', color: STATION_COLOR },
      layerIds: Object.values(LAYER_IDS),
    },
  ],
  names: (dataset) => namesOf(dataset.stations.features),
  featureIds: (dataset) => dataset.stations.features.map((f) => f.properties.id),
  isDimmed: (id, active, dataset) =>
    !active.has(id) && !dataset.corridor.features.some((line) => active.has(line.properties.id)),
  add(map, dataset) {
    map.addSource(SOURCE_ID, { type: 'geojson', data: dataset.stations, promoteId: 'id' });
    map.addLayer({
      id: LAYER_IDS.circle,
      type: 'circle',
      source: SOURCE_ID,
      minzoom: MIN_ZOOM,
      paint: {
        // Per feature, as the places' circles, so that the stations draw with their program.
        'circle-color': perFeature('#ffffff'),
        'circle-radius': byZoom(MIN_ZOOM, perFeature(3.5), 10, perFeature(6)),
        'circle-stroke-color': perFeature(STATION_COLOR),
        'circle-stroke-width': perFeature(2),
        'circle-opacity': DIMMABLE_OPACITY,
        'circle-stroke-opacity': DIMMABLE_OPACITY,
      },
    });
    map.addLayer({
      id: LAYER_IDS.label,
      type: 'symbol',
      source: SOURCE_ID,
      minzoom: MIN_ZOOM,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 0.7],
        'text-optional': true,
      },
      paint: {
        'text-color': perFeature(STATION_COLOR),
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.4,
        'text-opacity': DIMMABLE_OPACITY,
      },
    });
  },
};
