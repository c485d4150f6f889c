/** Colours, fonts, sizes and zoom ramps used by the map and the page, in one place. */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { PlaceKind } from './data/types.ts';

export const FONT_FAMILY = 'Noto Sans';

/** Screens this narrow get the phone layout: the panel, the timeline and the reading pane as sheets. */
export const PHONE_QUERY = '(max-width: 700px)';
/** Font name for `text-font` of regular labels (declared in src/map/font-faces.ts). */
export const FONT_REGULAR = `${FONT_FAMILY} Regular`;
/** Font name for `text-font` of bold labels. */
export const FONT_BOLD = `${FONT_FAMILY} Bold`;

export const BASEMAP_COLORS = {
  background: '#dfe7ea', // sea and the world beyond the extract
  land: '#f3efe6',
  mali: '#fbf3d9',
  border: '#9a8f7d',
  maliBorder: '#6b5d45',
  water: '#9cc3d5',
  waterLabel: '#2f6680',
  town: '#4a4a4a',
  countryLabel: '#5e554a',
  regionLabel: '#8a7f70',
  halo: '#ffffff',
} as const;

export interface PlaceKindStyle {
  /** Colours chosen to stay apart for common colour-vision deficiencies. */
  color: string;
  /** Circle radius in px: capitals and cities draw larger than sites, so importance reads at a glance. */
  radius: number;
}

/** How each place kind is drawn; its words are in the catalogue (src/i18n/messages-en.ts, `placeKinds`). */
export const PLACE_KIND_STYLES: Record<PlaceKind, PlaceKindStyle> = {
  country: { color: '#6b5d45', radius: 11 },
  capital: { color: '#b2182b', radius: 9 },
  city: { color: '#2166ac', radius: 7.5 },
  town: { color: '#4393c3', radius: 6.5 },
  'mining-site': { color: '#8c510a', radius: 6.5 },
  'exploration-site': { color: '#bf812d', radius: 6.5 },
  'incident-site': { color: '#542788', radius: 6.5 },
};

/** An approximate place's halo: its kind's colour, faint, with a firmer edge. */
export const HALO_STYLE = { color: '#6b6b6b', fillOpacity: 0.14, strokeOpacity: 0.55, strokeWidth: 1.5 } as const;

export const CORRIDOR_COLOR = '#1b7837';
export const STATION_COLOR = '#1b7837';
export const DATA_LABEL = { size: 14, color: '#1f1f1f', halo: '#ffffff', haloWidth: 1.6 } as const;

/** Opacity of a feature with no event under the current filters: still there, clearly set back. */
export const DIMMED_OPACITY = 0.25;

/** A paint value that fades features whose feature-state says `dimmed` (see src/map/dimming.ts). */
export const DIMMABLE_OPACITY: ExpressionSpecification = [
  'case',
  ['boolean', ['feature-state', 'dimmed'], false],
  DIMMED_OPACITY,
  1,
];

/**
 * `value` for every feature, written as an expression MapLibre evaluates per feature. MapLibre
 * compiles a WebGL program for each layer type and each set of paint properties that vary by
 * feature; the data layers' opacity varies (dimming), so the other circle, line and text layers
 * write theirs and their colours this way too, and all of a type share one program
 * (tests/unit/shared-programs.test.ts). Each program spared is a compile less before the first
 * frame, tens of ms with software rendering.
 * @example perFeature('#4a4a4a') // the same colour for every feature, read per feature
 */
export const perFeature = (value: string | number): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'dimmed'], false],
  value,
  value,
];

/**
 * A value that grows linearly with the zoom from `v0` at `z0` to `v1` at `z1`.
 * @example byZoom(4, 2.5, 9, 5) // line width 2.5 px at zoom 4, 5 px at zoom 9
 */
export const byZoom = (
  z0: number,
  v0: number | ExpressionSpecification,
  z1: number,
  v1: number | ExpressionSpecification,
): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], z0, v0, z1, v1];
