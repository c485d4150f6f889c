/** The Bamako–Dakar rail corridor: a line through the stations, dashed to say it is schematic. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { FONT_REGULAR } from '../map/font-faces.ts';
import type { Dataset } from '../data/types.ts';
import { CORRIDOR_COLOR } from '../theme.ts';

export const CORRIDOR_SOURCE_ID = 'corridor';
export const CORRIDOR_LAYER_IDS = {
  casing: 'corridor-casing',
  line: 'corridor-line',
  label: 'corridor-label',
} as const;

const WIDTH: ['interpolate', ['linear'], ['zoom'], ...number[]] = ['interpolate', ['linear'], ['zoom'], 4, 2.5, 9, 5];
const CASING_WIDTH: ['interpolate', ['linear'], ['zoom'], ...number[]] = [
  'interpolate',
  ['linear'],
  ['zoom'],
  4,
  5.5,
  9,
  9,
];

export function addCorridorLayer(map: MapLibreMap, corridor: Dataset['corridor']): void {
  map.addSource(CORRIDOR_SOURCE_ID, { type: 'geojson', data: corridor });
  map.addLayer({
    id: CORRIDOR_LAYER_IDS.casing,
    type: 'line',
    source: CORRIDOR_SOURCE_ID,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': '#ffffff', 'line-width': CASING_WIDTH, 'line-opacity': 0.85 },
  });
  map.addLayer({
    id: CORRIDOR_LAYER_IDS.line,
    type: 'line',
    source: CORRIDOR_SOURCE_ID,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    // Dashes: the line joins stations and does not trace the track.
    paint: { 'line-color': CORRIDOR_COLOR, 'line-width': WIDTH, 'line-dasharray': [2, 1] },
  });
  map.addLayer({
    id: CORRIDOR_LAYER_IDS.label,
    type: 'symbol',
    source: CORRIDOR_SOURCE_ID,
    layout: {
      'symbol-placement': 'line',
      'text-field': 'Dakar–Bamako railway',
      'text-font': [FONT_REGULAR],
      'text-size': 12,
      'text-offset': [0, -1],
    },
    paint: { 'text-color': CORRIDOR_COLOR, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
  });
}
