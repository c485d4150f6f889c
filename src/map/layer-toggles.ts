/** The entries of the layer control: places by kind (those present), corridor, stations, basemap. */
import type { Dataset } from '../data/types.ts';
import { PLACE_KINDS } from '../data/types.ts';
import type { LayerToggleGroup } from '../controls/layer-toggle-control.ts';
import { CORRIDOR_LAYER_IDS } from '../layers/corridor-layer.ts';
import { placeCircleLayerId, placeLabelLayerId } from '../layers/places-layer.ts';
import { STATION_LAYER_IDS } from '../layers/stations-layer.ts';
import { BASEMAP_COLORS, CORRIDOR_COLOR, PLACE_COLORS, STATION_COLOR } from '../theme.ts';
import { BASEMAP_TOGGLE_LAYERS } from './basemap-style.ts';

const KIND_LEGEND: Record<(typeof PLACE_KINDS)[number], string> = {
  country: 'Mali as a whole',
  capital: 'Capital',
  city: 'Cities',
  town: 'Towns',
  'mining-site': 'Mining sites',
  'exploration-site': 'Exploration sites',
  'incident-site': 'Incident sites',
};

export function layerToggleGroups(dataset: Dataset): LayerToggleGroup[] {
  const kinds = PLACE_KINDS.filter((kind) => dataset.places.features.some((f) => f.properties.kind === kind));
  return [
    {
      title: 'Places',
      toggles: kinds.map((kind) => ({
        key: `places-${kind}`,
        label: KIND_LEGEND[kind],
        swatch: { shape: 'circle', color: PLACE_COLORS[kind] },
        layerIds: [placeCircleLayerId(kind), placeLabelLayerId(kind)],
      })),
    },
    {
      title: 'Railway',
      toggles: [
        {
          key: 'corridor',
          label: 'Dakar–Bamako corridor',
          swatch: { shape: 'dashed-line', color: CORRIDOR_COLOR },
          layerIds: Object.values(CORRIDOR_LAYER_IDS),
        },
        {
          key: 'stations',
          label: 'Stations (zoom in)',
          swatch: { shape: 'ring', color: STATION_COLOR },
          layerIds: Object.values(STATION_LAYER_IDS),
        },
      ],
    },
    {
      title: 'Basemap',
      toggles: [
        {
          key: 'rivers',
          label: 'Rivers',
          swatch: { shape: 'line', color: BASEMAP_COLORS.water },
          layerIds: BASEMAP_TOGGLE_LAYERS.rivers,
        },
        {
          key: 'towns',
          label: 'Towns',
          swatch: { shape: 'circle', color: BASEMAP_COLORS.town },
          layerIds: BASEMAP_TOGGLE_LAYERS.towns,
        },
      ],
    },
  ];
}
