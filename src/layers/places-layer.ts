/**
 * The places: per kind, an uncertainty halo (for approximate points), a circle and a label, so each
 * kind can be shown or hidden with its halo.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { PLACE_KINDS, type Dataset, type PlaceKind } from '../data/types.ts';
import { UNCERTAINTY_RADIUS_KM, pixelsAtZoom0 } from '../geo/uncertainty.ts';
import { DATA_LABEL, DIMMABLE_OPACITY, FONT_BOLD, FONT_REGULAR, HALO_STYLE, PLACE_KIND_STYLES } from '../theme.ts';
import { language, messages } from '../i18n/i18n.ts';
import { namesOf, type DataLayer } from './data-layer.ts';

const SOURCE_ID = 'places';
const STROKE = { color: '#ffffff', width: 2 } as const;

const haloLayerId = (kind: PlaceKind) => `places-halo-${kind}`;
const circleLayerId = (kind: PlaceKind) => `places-circle-${kind}`;
const labelLayerId = (kind: PlaceKind) => `places-label-${kind}`;

/** The halo's radius doubles with each zoom level, so it keeps its size on the ground. */
const HALO_RADIUS: ExpressionSpecification = [
  'interpolate',
  ['exponential', 2],
  ['zoom'],
  0,
  ['get', 'haloPx'],
  24,
  ['*', ['get', 'haloPx'], 2 ** 24],
];

/** The places, each with `haloPx`: its uncertainty radius in pixels at zoom 0 (0 when exact). */
function withHalos(places: Dataset['places']): Dataset['places'] {
  return {
    ...places,
    features: places.features.map((f) => {
      const km = UNCERTAINTY_RADIUS_KM[f.properties.precision];
      const haloPx = km === null ? 0 : pixelsAtZoom0(km, f.geometry.coordinates[1] ?? 0);
      return { ...f, properties: { ...f.properties, haloPx } };
    }),
  };
}

/**
 * The places of places.geojson, coloured and sized by kind. A country-level record (kind
 * `country`) is a ring, not a dot: it stands for the whole of Mali, not a point in it. An
 * approximate point has a translucent halo as wide as its precision code allows; a click inside it
 * opens the place, and it dims with the place.
 */
export const placesLayer: DataLayer = {
  sourceId: SOURCE_ID,
  clickableLayerIds: PLACE_KINDS.flatMap((kind) => [circleLayerId(kind), haloLayerId(kind)]),
  clickPriority: 0,
  minZoom: 0,
  toggleGroup: 'places',
  toggles: (dataset) =>
    PLACE_KINDS.filter((kind) => dataset.places.features.some((f) => f.properties.kind === kind)).map((kind) => ({
      key: `places-${kind}`,
      label: messages().placeKinds[kind].legend,
      swatch: { shape: kind === 'country' ? 'ring' : 'circle', color: PLACE_KIND_STYLES[kind].color },
      layerIds: [haloLayerId(kind), circleLayerId(kind), labelLayerId(kind)],
    })),
  legend: (dataset) =>
    dataset.places.features.some((f) => UNCERTAINTY_RADIUS_KM[f.properties.precision] !== null)
      ? [
          {
            label: messages().layers.halo,
            swatch: { shape: 'halo', color: HALO_STYLE.color },
          },
        ]
      : [],
  names: (dataset) => namesOf(dataset.places.features),
  featureIds: (dataset) => dataset.places.features.map((f) => f.properties.id),
  isDimmed: (id, active) => !active.has(id),
  add(map, dataset) {
    map.addSource(SOURCE_ID, { type: 'geojson', data: withHalos(dataset.places), promoteId: 'id' });
    for (const kind of PLACE_KINDS) {
      const filter: FilterSpecification = ['==', ['get', 'kind'], kind];
      const { color, radius } = PLACE_KIND_STYLES[kind];
      const ring = kind === 'country';
      map.addLayer({
        id: haloLayerId(kind),
        type: 'circle',
        source: SOURCE_ID,
        filter: ['all', filter, ['>', ['get', 'haloPx'], 0]],
        paint: {
          'circle-radius': HALO_RADIUS,
          'circle-color': color,
          'circle-opacity': ['*', HALO_STYLE.fillOpacity, DIMMABLE_OPACITY],
          'circle-stroke-color': color,
          'circle-stroke-width': HALO_STYLE.strokeWidth,
          'circle-stroke-opacity': ['*', HALO_STYLE.strokeOpacity, DIMMABLE_OPACITY],
          'circle-pitch-alignment': 'map',
        },
      });
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
          'text-field': labelText(kind),
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
  relabel(map) {
    for (const kind of PLACE_KINDS)
      if (map.getLayer(labelLayerId(kind))) map.setLayoutProperty(labelLayerId(kind), 'text-field', labelText(kind));
  },
};

/** A place's label: its name, but Mali as a whole is named in the interface's language. */
function labelText(kind: PlaceKind): ExpressionSpecification | string {
  return kind === 'country' && language() !== 'en' ? messages().panel.countryHeading : ['get', 'name'];
}
