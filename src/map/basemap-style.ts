/**
 * The offline basemap: a complete MapLibre style over the Natural Earth files in geodata/basemap/,
 * drawn with the fonts shipped in the app. Nothing is requested beyond the page's own server.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { bounds as tileBounds, folder as tileFolder } from 'virtual:basemap-tiles';
import { BASEMAP_COLORS as C, perFeature } from '../theme.ts';
import { createFontFaces } from './font-faces.ts';
import { BASEMAP_MAX_ZOOM, BASEMAP_SOURCE_ID, type BasemapTileLayer } from './basemap-tiling.ts';
import { TILE_PROTOCOL } from './tile-loader.ts';
import { narrowedFilter } from './layer-visibility.ts';
import {
  IS_MALI,
  IS_CAPITAL,
  TOWNS_SHOWN,
  MAJOR_RIVERS_LABELLED,
  MINOR_RIVERS_LABELLED,
  byZoom,
  RIVER_WIDTH,
  BORDER_WIDTH,
  MALI_BORDER_WIDTH,
  MALI_GLOW_WIDTH,
  FONT,
  textPaint,
  TOWN_DOT_RADIUS,
  TOWN_TEXT_SIZE,
  CAPITAL_TEXT_SIZE,
  COUNTRY_TEXT_SIZE,
  MALI_TEXT_SIZE,
  MAJOR_RIVER_TEXT_SIZE,
  TOWN_TEXT_LAYOUT,
  RIVER_TEXT_LAYOUT,
  RIVER_TEXT_PAINT,
  COUNTRY_TEXT_LAYOUT,
} from './basemap-paint.ts';

/** The credit Natural Earth asks for; the `attribution` of every basemap source. */
export const BASEMAP_ATTRIBUTION = 'Made with Natural Earth';

/** A layer's `source` and `source-layer`: which of the basemap tiles' layers it draws. */
const from = (layer: BasemapTileLayer) => ({ source: BASEMAP_SOURCE_ID, 'source-layer': layer });

const ID = {
  background: 'basemap-background',
  land: 'basemap-land',
  maliFill: 'basemap-mali-fill',
  lakes: 'basemap-lakes',
  rivers: 'basemap-rivers',
  borders: 'basemap-country-borders',
  maliGlow: 'basemap-mali-glow',
  maliBorder: 'basemap-mali-border',
  regionLabels: 'basemap-region-labels',
  riverLabels: 'basemap-river-labels',
  majorRiverLabels: 'basemap-major-river-labels',
  townDots: 'basemap-town-dots',
  townLabels: 'basemap-town-labels',
  capitalLabels: 'basemap-capital-labels',
  countryLabels: 'basemap-country-labels',
  maliLabel: 'basemap-mali-label',
} as const;

/** Layers the app's layer control can hide: rivers (lakes stay) and towns, each with labels. */
export const BASEMAP_TOGGLE_LAYERS = {
  rivers: [ID.rivers, ID.riverLabels, ID.majorRiverLabels],
  towns: [ID.townDots, ID.townLabels, ID.capitalLabels],
} as const;
const TOWN_LAYER_IDS: ReadonlySet<string> = new Set(BASEMAP_TOGGLE_LAYERS.towns);

// --- What counts as what -------------------------------------------------------------------
const LAYERS: LayerSpecification[] = [
  { id: ID.background, type: 'background', paint: { 'background-color': C.background } },
  { id: ID.land, type: 'fill', ...from('countries'), paint: { 'fill-color': C.land } },
  { id: ID.maliFill, type: 'fill', ...from('countries'), filter: IS_MALI, paint: { 'fill-color': C.mali } },
  {
    id: ID.lakes,
    type: 'fill',
    ...from('lakes'),
    paint: { 'fill-color': C.water, 'fill-outline-color': C.water },
  },
  {
    id: ID.rivers,
    type: 'line',
    ...from('rivers'),
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': C.water, 'line-width': RIVER_WIDTH },
  },
  {
    id: ID.borders,
    type: 'line',
    ...from('countries'),
    layout: { 'line-join': 'round' },
    // The opacity per feature, as the corridor's casing's (`perFeature`).
    paint: { 'line-color': C.border, 'line-width': BORDER_WIDTH, 'line-opacity': perFeature(1) },
  },
  {
    // A soft band inside-and-out of Mali's border, so the country reads at a glance.
    id: ID.maliGlow,
    type: 'line',
    ...from('countries'),
    filter: IS_MALI,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': C.maliBorder,
      'line-width': MALI_GLOW_WIDTH,
      'line-opacity': perFeature(0.16),
      'line-blur': 2,
    },
  },
  {
    id: ID.maliBorder,
    type: 'line',
    ...from('countries'),
    filter: IS_MALI,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': C.maliBorder, 'line-width': MALI_BORDER_WIDTH, 'line-opacity': perFeature(1) },
  },
  // Symbol layers: the higher in this list, the earlier placed, so the more important wins.
  {
    id: ID.regionLabels,
    type: 'symbol',
    ...from('regions'),
    minzoom: 5,
    // Bamako's district is the city itself, which the town layers already name.
    filter: ['all', ['==', ['get', 'admin'], 'Mali'], ['!=', ['get', 'name'], 'Bamako']],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': FONT.regular,
      'text-size': byZoom(5, 10.5, 10, 14),
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.2,
      'text-max-width': 8,
    },
    paint: textPaint(C.regionLabel),
  },
  {
    id: ID.riverLabels,
    type: 'symbol',
    ...from('river_labels'),
    minzoom: 5,
    filter: MINOR_RIVERS_LABELLED,
    layout: RIVER_TEXT_LAYOUT,
    paint: RIVER_TEXT_PAINT,
  },
  {
    // Named before the other rivers, after the towns, which sit on the Niger and must keep their names.
    id: ID.majorRiverLabels,
    type: 'symbol',
    ...from('river_labels'),
    minzoom: 4,
    filter: MAJOR_RIVERS_LABELLED,
    layout: { ...RIVER_TEXT_LAYOUT, 'text-size': MAJOR_RIVER_TEXT_SIZE },
    paint: RIVER_TEXT_PAINT,
  },
  {
    id: ID.townDots,
    type: 'circle',
    ...from('places'),
    filter: TOWNS_SHOWN,
    paint: {
      'circle-radius': TOWN_DOT_RADIUS,
      'circle-color': ['case', IS_CAPITAL, C.halo, C.town],
      'circle-stroke-color': perFeature(C.town),
      'circle-stroke-width': ['case', IS_CAPITAL, 1.6, 0.8],
      // Per feature, as the data layers' circles (`perFeature`).
      'circle-opacity': perFeature(1),
      'circle-stroke-opacity': perFeature(1),
    },
  },
  {
    id: ID.countryLabels,
    type: 'symbol',
    ...from('country_labels'),
    filter: ['!', IS_MALI],
    layout: { ...COUNTRY_TEXT_LAYOUT, 'text-font': FONT.regular, 'text-size': COUNTRY_TEXT_SIZE },
    paint: textPaint(C.countryLabel),
  },
  {
    id: ID.townLabels,
    type: 'symbol',
    ...from('places'),
    filter: ['all', TOWNS_SHOWN, ['!', IS_CAPITAL]],
    layout: { ...TOWN_TEXT_LAYOUT, 'text-font': FONT.regular, 'text-size': TOWN_TEXT_SIZE },
    paint: textPaint(C.town),
  },
  {
    id: ID.capitalLabels,
    type: 'symbol',
    ...from('places'),
    filter: ['all', TOWNS_SHOWN, IS_CAPITAL],
    layout: { ...TOWN_TEXT_LAYOUT, 'text-font': FONT.bold, 'text-size': CAPITAL_TEXT_SIZE },
    paint: textPaint(C.town),
  },
  {
    id: ID.maliLabel,
    type: 'symbol',
    ...from('country_labels'),
    filter: IS_MALI,
    layout: { ...COUNTRY_TEXT_LAYOUT, 'text-font': FONT.bold, 'text-size': MALI_TEXT_SIZE, 'text-letter-spacing': 0.3 },
    paint: textPaint(C.maliBorder),
  },
];

/**
 * Builds the basemap style: Natural Earth land, Mali highlighted, borders, lakes, rivers, towns,
 * Mali's regions and country names, from the app's own vector tiles (src/map/basemap-tiling.ts),
 * with fonts from `font-faces`. No `glyphs`, no sprite: every URL is a file of the app, made
 * absolute against `baseUrl`.
 *
 * Absolute, because tiles are fetched from a web worker, where a relative path would resolve
 * against the worker's own URL rather than the page's.
 *
 * @param baseUrl - what the app's relative asset URLs resolve against; the page's base URL by default
 * @param townsLeftOut - towns the town layers leave out (those the data layers name, from the build)
 * @returns a MapLibre style (version 8) that works offline once the app is served
 * @example
 *   import { Map as MapLibreMap } from 'maplibre-gl';
 *   const map = new MapLibreMap({ container: 'map', style: createBasemapStyle(), center: [-4, 16], zoom: 4.5 });
 */
export function createBasemapStyle(
  baseUrl: string = document.baseURI,
  townsLeftOut?: ExpressionSpecification,
): StyleSpecification {
  const basemap: SourceSpecification = {
    type: 'vector',
    // Through the app's protocol (src/map/tile-loader.ts), so a missing tile is an error. The
    // folder is resolved, not the template, whose braces a URL would escape.
    tiles: [`${TILE_PROTOCOL}://${new URL(tileFolder, baseUrl).href}{z}/{x}/{y}.pbf`],
    maxzoom: BASEMAP_MAX_ZOOM,
    bounds: tileBounds,
    attribution: BASEMAP_ATTRIBUTION,
  };
  return {
    version: 8,
    name: 'China–Mali basemap (Natural Earth)',
    center: [-4, 16],
    zoom: 4.5,
    'font-faces': createFontFaces(baseUrl),
    sources: { [BASEMAP_SOURCE_ID]: basemap },
    // A copy, so that a map changing its style cannot change the next one built here.
    layers: structuredClone(LAYERS).map((layer) =>
      townsLeftOut && 'filter' in layer && TOWN_LAYER_IDS.has(layer.id)
        ? { ...layer, filter: narrowedFilter(layer.filter, [townsLeftOut]) ?? undefined }
        : layer,
    ),
  };
}
