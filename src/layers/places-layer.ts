/** The places: one circle layer and one label layer per kind, so each kind can be shown or hidden. */
import type { FilterSpecification } from 'maplibre-gl';
import { PLACE_KINDS, type PlaceKind } from '../data/types.ts';
import { DATA_LABEL, DIMMABLE_OPACITY, FONT_BOLD, FONT_REGULAR, PLACE_KIND_STYLES } from '../theme.ts';
import { namesOf, type DataLayer } from './data-layer.ts';

const SOURCE_ID = 'places';
const STROKE = { color: '#ffffff', width: 2 } as const;

const circleLayerId = (kind: PlaceKind) => `places-circle-${kind}`;
const labelLayerId = (kind: PlaceKind) => `places-label-${kind}`;

/**
 * The places of places.geojson, coloured and sized by kind. A country-level record (kind
 * `country`) is a ring, not a dot: it stands for the whole of Mali, not a point in it.
 */
export const placesLayer: DataLayer = {
  sourceId: SOURCE_ID,
  clickableLayerIds: PLACE_KINDS.map(circleLayerId),
  clickPriority: 0,
  minZoom: 0,
  toggleGroup: 'Places',
  toggles: (dataset) =>
    PLACE_KINDS.filter((kind) => dataset.places.features.some((f) => f.properties.kind === kind)).map((kind) => ({
      key: `places-${kind}`,
      label: PLACE_KIND_STYLES[kind].legend,
      swatch: { shape: kind === 'country' ? 'ring' : 'circle', color: PLACE_KIND_STYLES[kind].color },
      layerIds: [circleLayerId(kind), labelLayerId(kind)],
    })),
  names: (dataset) => namesOf(dataset.places.features),
  featureIds: (dataset) => dataset.places.features.map((f) => f.properties.id),
  isDimmed: (id, active) => !active.has(id),
  add(map, dataset) {
    map.addSource(SOURCE_ID, { type: 'geojson', data: dataset.places, promoteId: 'id' });
    for (const kind of PLACE_KINDS) {
      const filter: FilterSpecification = ['==', ['get', 'kind'], kind];
      const { color, radius } = PLACE_KIND_STYLES[kind];
      const ring = kind === 'country';
      map.addLayer({
        id: circleLayerId(kind),
        type: 'circle',
        source: SOURCE_ID,
        filter,
        paint: {
          'circle-color': ring ? '#ffffff' : color,
          'circle-radius': radius,
          'circle-stroke-color': ring ? color : STROKE.color,
          'circle-stroke-width': ring ? 4 : STROKE.width,
          'circle-opacity': ring ? ['*', 0.6, DIMMABLE_OPACITY] : DIMMABLE_OPACITY,
          'circle-stroke-opacity': DIMMABLE_OPACITY,
        },
      });
      map.addLayer({
        id: labelLayerId(kind),
        type: 'symbol',
        source: SOURCE_ID,
        filter,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [kind === 'capital' || ring ? FONT_BOLD : FONT_REGULAR],
          'text-size': DATA_LABEL.size,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': ring ? 1.2 : 0.9,
          'text-optional': true,
        },
        paint: {
          'text-color': ring ? color : DATA_LABEL.color,
          'text-halo-color': DATA_LABEL.halo,
          'text-halo-width': DATA_LABEL.haloWidth,
          'text-opacity': DIMMABLE_OPACITY,
        },
      });
    }
  },
};
