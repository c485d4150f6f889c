/**
 * The places: an uncertainty halo (for approximate points), a circle and a label, as three style
 * layers that draw every kind, styled by `kind` (each style layer costs MapLibre a bucket per tile
 * and a placement pass); a kind's toggle hides its features from the three by filter.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { PLACE_KINDS, type Dataset, type PlaceKind } from '../data/types.ts';
import { UNCERTAINTY_RADIUS_KM, pixelsAtZoom0 } from '../geo/uncertainty.ts';
import {
  DATA_LABEL,
  DIMMABLE_OPACITY,
  FONT_BOLD,
  FONT_REGULAR,
  HALO_STYLE,
  PLACE_KIND_STYLES,
  byZoom,
  perFeature,
} from '../theme.ts';
import { language, messages } from '../i18n/i18n.ts';
import { namesOf, type DataLayer } from './data-layer.ts';

const SOURCE_ID = 'places';
const LAYER_IDS = { halo: 'places-halo', circle: 'places-circle', label: 'places-label' } as const;
const STROKE = { color: '#ffffff', width: 2 } as const;
/** A country-level record is a ring around its label, not a dot. */
const RING_KIND: PlaceKind = 'country';

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

/**
 * A value chosen by the feature's kind.
 * @example byKind((kind) => PLACE_KIND_STYLES[kind].radius) // ['match', ['get', 'kind'], 'country', 11, …, 6.5]
 */
function byKind<T extends string | number>(value: (kind: PlaceKind) => T): ExpressionSpecification {
  const [first, ...rest] = PLACE_KINDS;
  const arms = rest.flatMap((kind) => [kind, value(kind)]);
  // The spec's tuple type cannot describe arms built from a list.
  return ['match', ['get', 'kind'], ...arms, value(first)] as unknown as ExpressionSpecification;
}

const isRing: ExpressionSpecification = ['==', ['get', 'kind'], RING_KIND];

/**
 * What the map needs of each place, and no more: the worker copies every property of every
 * feature, and at 10,000 places the notes and translations would triple that work. `haloPx` is
 * the uncertainty radius in pixels at zoom 0 (0 when exact).
 */
function drawnPlaces(places: Dataset['places']): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: places.features.map(({ geometry, properties: { id, name, kind, precision } }) => {
      const km = UNCERTAINTY_RADIUS_KM[precision];
      const haloPx = km === null ? 0 : pixelsAtZoom0(km, geometry.coordinates[1] ?? 0);
      return { type: 'Feature', geometry, properties: { id, name, kind, precision, haloPx } };
    }),
  };
}

/**
 * The places of places.geojson, coloured and sized by kind. A country-level record (kind
 * `country`) is a ring, not a dot: it stands for the whole of Mali, not a point in it. An
 * approximate point has a translucent halo as wide as its precision code allows; a click inside it
 * opens the place, and it dims with the place. Kinds later in PLACE_KINDS draw above earlier ones
 * and their labels are placed first, as small sites are easily crowded out.
 */
export const placesLayer: DataLayer = {
  sourceId: SOURCE_ID,
  clickableLayerIds: [LAYER_IDS.circle, LAYER_IDS.halo],
  clickPriority: 0,
  minZoom: 0,
  toggleGroup: 'places',
  toggles: (dataset) =>
    PLACE_KINDS.filter((kind) => dataset.places.features.some((f) => f.properties.kind === kind)).map((kind) => ({
      key: `places-${kind}`,
      label: messages().placeKinds[kind].legend,
      swatch: { shape: kind === RING_KIND ? 'ring' : 'circle', color: PLACE_KIND_STYLES[kind].color },
      layerIds: Object.values(LAYER_IDS),
      features: ['==', ['get', 'kind'], kind],
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
  // Not the country ring's: its alternative name 'Mali' would hide the Guinean town of that name.
  names: (dataset) => namesOf(dataset.places.features.filter((f) => f.properties.kind !== RING_KIND)),
  featureIds: (dataset) => dataset.places.features.map((f) => f.properties.id),
  isDimmed: (id, active) => !active.has(id),
  add(map, dataset) {
    map.addSource(SOURCE_ID, { type: 'geojson', data: drawnPlaces(dataset.places), promoteId: 'id' });
    const color = byKind((kind) => PLACE_KIND_STYLES[kind].color);
    const drawOrder = byKind((kind) => PLACE_KINDS.indexOf(kind));
    const radius = byKind((kind) => PLACE_KIND_STYLES[kind].radius);
    const hasHalo: FilterSpecification = ['>', ['get', 'haloPx'], 0];
    map.addLayer({
      id: LAYER_IDS.halo,
      type: 'circle',
      source: SOURCE_ID,
      filter: hasHalo,
      layout: { 'circle-sort-key': drawOrder },
      paint: {
        'circle-radius': HALO_RADIUS,
        'circle-color': color,
        'circle-opacity': ['*', HALO_STYLE.fillOpacity, DIMMABLE_OPACITY],
        'circle-stroke-color': color,
        'circle-stroke-width': perFeature(HALO_STYLE.strokeWidth),
        'circle-stroke-opacity': ['*', HALO_STYLE.strokeOpacity, DIMMABLE_OPACITY],
        'circle-pitch-alignment': 'map',
      },
    });
    map.addLayer({
      id: LAYER_IDS.circle,
      type: 'circle',
      source: SOURCE_ID,
      layout: { 'circle-sort-key': drawOrder },
      paint: {
        'circle-color': ['case', isRing, '#ffffff', color],
        // The same at every zoom, but written by zoom as the halo's radius, so both share a program.
        'circle-radius': byZoom(0, radius, 24, radius),
        'circle-stroke-color': ['case', isRing, color, STROKE.color],
        'circle-stroke-width': ['case', isRing, 4, STROKE.width],
        'circle-opacity': ['case', isRing, ['*', 0.6, DIMMABLE_OPACITY], DIMMABLE_OPACITY],
        'circle-stroke-opacity': DIMMABLE_OPACITY,
      },
    });
    map.addLayer({
      id: LAYER_IDS.label,
      type: 'symbol',
      source: SOURCE_ID,
      layout: {
        'text-field': labelText(),
        'text-font': [
          'case',
          ['in', ['get', 'kind'], ['literal', ['capital', RING_KIND]]],
          ['literal', [FONT_BOLD]],
          ['literal', [FONT_REGULAR]],
        ],
        'text-size': DATA_LABEL.size,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': ['case', isRing, 1.2, 0.9],
        'text-optional': true,
        // Placed first = lowest key: the last kinds, as separate layers drawn on top did.
        'symbol-sort-key': ['-', PLACE_KINDS.length, drawOrder],
      },
      paint: {
        'text-color': ['case', isRing, color, DATA_LABEL.color],
        'text-halo-color': DATA_LABEL.halo,
        'text-halo-width': DATA_LABEL.haloWidth,
        'text-opacity': DIMMABLE_OPACITY,
      },
    });
  },
  relabel(map) {
    if (map.getLayer(LAYER_IDS.label)) map.setLayoutProperty(LAYER_IDS.label, 'text-field', labelText());
  },
};

/** A place's label: its name, but Mali as a whole is named in the interface's language. */
function labelText(): ExpressionSpecification {
  return language() === 'en' ? ['get', 'name'] : ['case', isRing, messages().panel.countryHeading, ['get', 'name']];
}
