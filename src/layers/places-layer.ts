/** The places: one circle layer and one label layer per kind, so each kind can be shown or hidden. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { FONT_BOLD, FONT_REGULAR } from '../map/font-faces.ts';
import type { Dataset, PlaceKind } from '../data/types.ts';
import { PLACE_KINDS } from '../data/types.ts';
import { PLACE_COLORS } from '../theme.ts';

export const PLACES_SOURCE_ID = 'places';

/** Capitals and cities draw larger than sites, so importance reads at a glance. */
const RADIUS: Record<PlaceKind, number> = {
  country: 10,
  capital: 9,
  city: 7.5,
  town: 6.5,
  'mining-site': 6.5,
  'exploration-site': 6.5,
  'incident-site': 6.5,
};
const STROKE = { color: '#ffffff', width: 2 } as const;
const LABEL = { size: 14, color: '#1f1f1f', halo: '#ffffff', haloWidth: 1.6 } as const;

export function placeCircleLayerId(kind: PlaceKind): string {
  return `places-circle-${kind}`;
}

export function placeLabelLayerId(kind: PlaceKind): string {
  return `places-label-${kind}`;
}

/** Every clickable place layer. */
export const PLACE_CIRCLE_LAYER_IDS = PLACE_KINDS.map(placeCircleLayerId);

export function addPlacesLayer(map: MapLibreMap, places: Dataset['places']): void {
  map.addSource(PLACES_SOURCE_ID, { type: 'geojson', data: places });
  for (const kind of PLACE_KINDS) {
    const filter: ['==', ['get', string], string] = ['==', ['get', 'kind'], kind];
    map.addLayer({
      id: placeCircleLayerId(kind),
      type: 'circle',
      source: PLACES_SOURCE_ID,
      filter,
      paint: {
        'circle-color': PLACE_COLORS[kind],
        'circle-radius': RADIUS[kind],
        'circle-stroke-color': STROKE.color,
        'circle-stroke-width': STROKE.width,
      },
    });
    map.addLayer({
      id: placeLabelLayerId(kind),
      type: 'symbol',
      source: PLACES_SOURCE_ID,
      filter,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [kind === 'capital' ? FONT_BOLD : FONT_REGULAR],
        'text-size': LABEL.size,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-optional': true,
      },
      paint: { 'text-color': LABEL.color, 'text-halo-color': LABEL.halo, 'text-halo-width': LABEL.haloWidth },
    });
  }
}
