/** The Bamako–Dakar rail corridor: a line through the stations, dashed to say it is schematic. */
import { CORRIDOR_COLOR, DIMMABLE_OPACITY, FONT_REGULAR, byZoom, perFeature } from '../theme.ts';
import { messages } from '../i18n/i18n.ts';
import type { DataLayer } from './data-layer.ts';

const SOURCE_ID = 'corridor';
const LAYER_IDS = { casing: 'corridor-casing', line: 'corridor-line', label: 'corridor-label' } as const;

/** The corridor of corridor.geojson, labelled as schematic so no one reads it as the track. */
export const corridorLayer: DataLayer = {
  sourceId: SOURCE_ID,
  clickableLayerIds: [LAYER_IDS.line],
  clickPriority: 2,
  minZoom: 0,
  toggleGroup: 'railway',
  toggles: () => [
    {
      key: 'corridor',
      label: messages().layers.corridor,
      swatch: { shape: 'dashed-line', color: CORRIDOR_COLOR },
      layerIds: Object.values(LAYER_IDS),
    },
  ],
  // The line's label is not a town: nothing on the basemap to leave out.
  names: () => [],
  featureIds: (dataset) => dataset.corridor.features.map((f) => f.properties.id),
  isDimmed: (id, active) => !active.has(id),
  add(map, dataset) {
    map.addSource(SOURCE_ID, { type: 'geojson', data: dataset.corridor, promoteId: 'id' });
    map.addLayer({
      id: LAYER_IDS.casing,
      type: 'line',
      source: SOURCE_ID,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': '#ffffff',
        'line-width': byZoom(4, 5.5, 9, 9),
        'line-opacity': ['*', 0.85, DIMMABLE_OPACITY],
      },
    });
    map.addLayer({
      id: LAYER_IDS.line,
      type: 'line',
      source: SOURCE_ID,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      // Dashes: the line joins stations and does not trace the track.
      paint: {
        'line-color': CORRIDOR_COLOR,
        'line-width': byZoom(4, 2.5, 9, 5),
        'line-dasharray': [2, 1],
        'line-opacity': DIMMABLE_OPACITY,
      },
    });
    map.addLayer({
      id: LAYER_IDS.label,
      type: 'symbol',
      source: SOURCE_ID,
      layout: {
        'symbol-placement': 'line',
        'text-field': messages().layers.corridorOnMap,
        'text-font': [FONT_REGULAR],
        'text-size': 12,
        'text-offset': [0, -1],
      },
      paint: {
        'text-color': perFeature(CORRIDOR_COLOR),
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.5,
        'text-opacity': DIMMABLE_OPACITY,
      },
    });
  },
  relabel(map) {
    if (map.getLayer(LAYER_IDS.label))
      map.setLayoutProperty(LAYER_IDS.label, 'text-field', messages().layers.corridorOnMap);
  },
};
