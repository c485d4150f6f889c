/**
 * The offline basemap's expressions, sizes and text settings: which towns and rivers show at which
 * zoom, and how strongly. src/map/basemap-style.ts puts them into layers.
 */
import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { BASEMAP_COLORS as C, FONT_BOLD, FONT_REGULAR, byZoom, perFeature } from '../theme.ts';
import { RIVER_LABEL_LEVELS } from './basemap-tiling.ts';

export const IS_MALI: ExpressionSpecification = ['==', ['get', 'adm0_a3'], 'MLI'];
/** The rivers of the story get the strongest line whatever their Natural Earth rank (Bani is 7). */
const MAJOR_RIVERS = ['Niger', 'Sénégal', 'Bani'];
const IS_MAJOR_RIVER: ExpressionSpecification = ['in', ['get', 'name'], ['literal', MAJOR_RIVERS]];
export const IS_CAPITAL: ExpressionSpecification = ['==', ['get', 'featurecla'], 'Admin-0 capital'];
/**
 * A town's rank: Natural Earth's scalerank (0 most important), one better for a national capital,
 * for 100 000 people or more, and for a town in Mali, the map's subject.
 */
const TOWN_RANK: ExpressionSpecification = [
  '-',
  ['get', 'scalerank'],
  [
    '+',
    ['case', IS_CAPITAL, 1, 0],
    ['case', ['>=', ['get', 'pop_max'], 100000], 1, 0],
    ['case', ['==', ['get', 'adm0name'], 'Mali'], 1, 0],
  ],
];
/** Which towns show at which zoom (filters see integer zooms only): more as you zoom in. */
export const TOWNS_SHOWN: ExpressionSpecification = [
  'step',
  ['zoom'],
  ['<=', TOWN_RANK, 2],
  4,
  ['<=', TOWN_RANK, 3],
  5,
  ['<=', TOWN_RANK, 4],
  6,
  ['<=', TOWN_RANK, 5],
  7,
  ['<=', TOWN_RANK, 6],
  8,
  ['<=', TOWN_RANK, 7],
  9,
  true,
];
/** Lower wins label collisions: rank first, then the bigger town. */
export const TOWN_SORT_KEY: ExpressionSpecification = [
  '-',
  TOWN_RANK,
  ['/', ['log10', ['max', ['get', 'pop_max'], 1]], 10],
];
/** river_labels.geojson holds each river three times, from coarse to close; zooming in picks closer. */
const RIVER_LABEL_DETAIL = [
  'step',
  ['zoom'],
  ...RIVER_LABEL_LEVELS.flatMap(({ detail, from }, i) => {
    const test: ExpressionSpecification = ['==', ['get', 'detail'], detail];
    return i === 0 ? [test] : [from, test];
  }),
] as ExpressionSpecification;
export const MAJOR_RIVERS_LABELLED: ExpressionSpecification = ['all', IS_MAJOR_RIVER, RIVER_LABEL_DETAIL];
/** The other rivers are named from zoom 5 (the larger) and 6 (all). */
export const MINOR_RIVERS_LABELLED: ExpressionSpecification = [
  'all',
  ['!', IS_MAJOR_RIVER],
  ['step', ['zoom'], ['<=', ['get', 'scalerank'], 7], 6, true],
  RIVER_LABEL_DETAIL,
];

// --- Paint and layout ------------------------------------------------------------------------
export { byZoom };

/** River width in px at zoom 3 and zoom 10, strongest for the major rivers. */
const riverWidth = (major: number, rank5: number, rank7: number, minor: number): ExpressionSpecification => [
  'case',
  IS_MAJOR_RIVER,
  major,
  ['<=', ['get', 'scalerank'], 5],
  rank5,
  ['<=', ['get', 'scalerank'], 7],
  rank7,
  minor,
];
export const RIVER_WIDTH = byZoom(3, riverWidth(1.6, 0.9, 0.6, 0.4), 10, riverWidth(5, 2.8, 2, 1.4));
export const BORDER_WIDTH = byZoom(3, 0.6, 10, 1.6);
export const MALI_BORDER_WIDTH = byZoom(3, 1.4, 10, 3.2);
export const MALI_GLOW_WIDTH = byZoom(3, 4, 10, 10);

export const FONT = { regular: [FONT_REGULAR], bold: [FONT_BOLD] };
/** A label's paint: its colour on a white halo. Colour and opacity are per feature, as the data
 * labels' are, so both draw with one WebGL program (`perFeature`). */
export const textPaint = (color: string): SymbolLayerSpecification['paint'] => ({
  'text-color': perFeature(color),
  'text-opacity': perFeature(1),
  'text-halo-color': C.halo,
  'text-halo-width': 1.4,
  'text-halo-blur': 0.4,
});
export const TOWN_DOT_RADIUS = byZoom(3, ['case', IS_CAPITAL, 3.2, ['<=', TOWN_RANK, 4], 2.6, 2], 10, [
  'case',
  IS_CAPITAL,
  5.5,
  ['<=', TOWN_RANK, 4],
  4.5,
  3.5,
]);
export const TOWN_TEXT_SIZE = byZoom(3, ['case', ['<=', TOWN_RANK, 4], 11.5, 10.5], 10, [
  'case',
  ['<=', TOWN_RANK, 4],
  15,
  13,
]);
export const CAPITAL_TEXT_SIZE = byZoom(3, 12, 10, 16);
export const COUNTRY_TEXT_SIZE = byZoom(3, 10, 8, 15);
export const MALI_TEXT_SIZE = byZoom(3, 14, 8, 24);
export const MAJOR_RIVER_TEXT_SIZE = byZoom(4, 11, 10, 15);
export const TOWN_TEXT_LAYOUT: SymbolLayerSpecification['layout'] = {
  'text-field': ['get', 'name'],
  // Eight places to try around the dot, so that a town keeps its name next to a neighbour's.
  'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
  'text-radial-offset': 0.6,
  'text-justify': 'auto',
  'text-max-width': 8,
  'text-padding': 1,
  'symbol-sort-key': TOWN_SORT_KEY,
};
export const RIVER_TEXT_LAYOUT: SymbolLayerSpecification['layout'] = {
  'symbol-placement': 'line',
  // Tight at low zoom, where towns crowd the Niger and a name has few free stretches to try.
  'symbol-spacing': ['interpolate', ['linear'], ['zoom'], 4, 60, 6, 150, 9, 350],
  'text-field': ['get', 'name'],
  'text-font': FONT.regular,
  'text-size': byZoom(5, 10.5, 10, 14),
  'text-letter-spacing': 0.08,
  'text-max-angle': 45,
  // On the line at low zoom (more room), beside it once rivers are wide enough to read apart.
  'text-offset': ['interpolate', ['linear'], ['zoom'], 5, ['literal', [0, 0]], 7, ['literal', [0, -0.6]]],
};
export const RIVER_TEXT_PAINT = textPaint(C.waterLabel);
export const COUNTRY_TEXT_LAYOUT: SymbolLayerSpecification['layout'] = {
  'text-field': ['get', 'name'],
  // May slide off its point rather than vanish behind a town's name, which is placed first.
  'text-variable-anchor': ['center', 'bottom', 'top', 'left', 'right'],
  'text-radial-offset': 0.8,
  'text-transform': 'uppercase',
  'text-letter-spacing': 0.12,
  'text-max-width': 7,
  'text-padding': 6,
};
