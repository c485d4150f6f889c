/**
 * The offline basemap: a complete MapLibre style over the Natural Earth files in geodata/basemap/,
 * drawn with the fonts shipped in the app. Nothing is requested beyond the page's own server.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
// `no-inline`: even a file under Vite's inline limit stays a file on the server, not a data: URL
// (which a `connect-src 'self'` policy would block).
import countriesUrl from '../../geodata/basemap/countries.geojson?url&no-inline';
import countryLabelsUrl from '../../geodata/basemap/country_labels.geojson?url&no-inline';
import riversUrl from '../../geodata/basemap/rivers.geojson?url&no-inline';
import riverLabelsUrl from '../../geodata/basemap/river_labels.geojson?url&no-inline';
import lakesUrl from '../../geodata/basemap/lakes.geojson?url&no-inline';
import placesUrl from '../../geodata/basemap/populated_places.geojson?url&no-inline';
import regionsUrl from '../../geodata/basemap/admin1_label_points.geojson?url&no-inline';
import { BASEMAP_COLORS as C } from '../theme.ts';
import { createFontFaces } from './font-faces.ts';
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
  HALO,
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

const SOURCES = {
  countries: { id: 'basemap-countries', url: countriesUrl },
  countryLabels: { id: 'basemap-country-labels', url: countryLabelsUrl },
  rivers: { id: 'basemap-rivers', url: riversUrl },
  riverLabels: { id: 'basemap-river-labels', url: riverLabelsUrl },
  lakes: { id: 'basemap-lakes', url: lakesUrl },
  places: { id: 'basemap-places', url: placesUrl },
  regions: { id: 'basemap-regions', url: regionsUrl },
} as const;

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

// --- What counts as what -------------------------------------------------------------------
const LAYERS: LayerSpecification[] = [
  { id: ID.background, type: 'background', paint: { 'background-color': C.background } },
  { id: ID.land, type: 'fill', source: SOURCES.countries.id, paint: { 'fill-color': C.land } },
  { id: ID.maliFill, type: 'fill', source: SOURCES.countries.id, filter: IS_MALI, paint: { 'fill-color': C.mali } },
  {
    id: ID.lakes,
    type: 'fill',
    source: SOURCES.lakes.id,
    paint: { 'fill-color': C.water, 'fill-outline-color': C.water },
  },
  {
    id: ID.rivers,
    type: 'line',
    source: SOURCES.rivers.id,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': C.water, 'line-width': RIVER_WIDTH },
  },
  {
    id: ID.borders,
    type: 'line',
    source: SOURCES.countries.id,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': C.border, 'line-width': BORDER_WIDTH },
  },
  {
    // A soft band inside-and-out of Mali's border, so the country reads at a glance.
    id: ID.maliGlow,
    type: 'line',
    source: SOURCES.countries.id,
    filter: IS_MALI,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': C.maliBorder, 'line-width': MALI_GLOW_WIDTH, 'line-opacity': 0.16, 'line-blur': 2 },
  },
  {
    id: ID.maliBorder,
    type: 'line',
    source: SOURCES.countries.id,
    filter: IS_MALI,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': C.maliBorder, 'line-width': MALI_BORDER_WIDTH },
  },
  // Symbol layers: the higher in this list, the earlier placed, so the more important wins.
  {
    id: ID.regionLabels,
    type: 'symbol',
    source: SOURCES.regions.id,
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
    paint: { 'text-color': C.regionLabel, ...HALO },
  },
  {
    id: ID.riverLabels,
    type: 'symbol',
    source: SOURCES.riverLabels.id,
    minzoom: 5,
    filter: MINOR_RIVERS_LABELLED,
    layout: RIVER_TEXT_LAYOUT,
    paint: RIVER_TEXT_PAINT,
  },
  {
    // Named before the other rivers, after the towns, which sit on the Niger and must keep their names.
    id: ID.majorRiverLabels,
    type: 'symbol',
    source: SOURCES.riverLabels.id,
    minzoom: 4,
    filter: MAJOR_RIVERS_LABELLED,
    layout: { ...RIVER_TEXT_LAYOUT, 'text-size': MAJOR_RIVER_TEXT_SIZE },
    paint: RIVER_TEXT_PAINT,
  },
  {
    id: ID.townDots,
    type: 'circle',
    source: SOURCES.places.id,
    filter: TOWNS_SHOWN,
    paint: {
      'circle-radius': TOWN_DOT_RADIUS,
      'circle-color': ['case', IS_CAPITAL, C.halo, C.town],
      'circle-stroke-color': C.town,
      'circle-stroke-width': ['case', IS_CAPITAL, 1.6, 0.8],
    },
  },
  {
    id: ID.countryLabels,
    type: 'symbol',
    source: SOURCES.countryLabels.id,
    filter: ['!', IS_MALI],
    layout: { ...COUNTRY_TEXT_LAYOUT, 'text-font': FONT.regular, 'text-size': COUNTRY_TEXT_SIZE },
    paint: { 'text-color': C.countryLabel, ...HALO },
  },
  {
    id: ID.townLabels,
    type: 'symbol',
    source: SOURCES.places.id,
    filter: ['all', TOWNS_SHOWN, ['!', IS_CAPITAL]],
    layout: { ...TOWN_TEXT_LAYOUT, 'text-font': FONT.regular, 'text-size': TOWN_TEXT_SIZE },
    paint: { 'text-color': C.town, ...HALO },
  },
  {
    id: ID.capitalLabels,
    type: 'symbol',
    source: SOURCES.places.id,
    filter: ['all', TOWNS_SHOWN, IS_CAPITAL],
    layout: { ...TOWN_TEXT_LAYOUT, 'text-font': FONT.bold, 'text-size': CAPITAL_TEXT_SIZE },
    paint: { 'text-color': C.town, ...HALO },
  },
  {
    id: ID.maliLabel,
    type: 'symbol',
    source: SOURCES.countryLabels.id,
    filter: IS_MALI,
    layout: { ...COUNTRY_TEXT_LAYOUT, 'text-font': FONT.bold, 'text-size': MALI_TEXT_SIZE, 'text-letter-spacing': 0.3 },
    paint: { 'text-color': C.maliBorder, ...HALO },
  },
];

/**
 * Builds the basemap style: Natural Earth land, Mali highlighted, borders, lakes, rivers, towns,
 * Mali's regions and country names, with fonts from `font-faces`. No `glyphs`, no sprite, no
 * tiles: every URL is a file of the app, made absolute against `baseUrl`.
 *
 * Absolute, because GeoJSON is fetched from a web worker, where a relative path would resolve
 * against the worker's own URL rather than the page's.
 *
 * @param baseUrl - what the app's relative asset URLs resolve against; the page's base URL by default
 * @returns a MapLibre style (version 8) that works offline once the app is served
 * @example
 *   import { Map as MapLibreMap } from 'maplibre-gl';
 *   const map = new MapLibreMap({ container: 'map', style: createBasemapStyle(), center: [-4, 16], zoom: 4.5 });
 */
export function createBasemapStyle(baseUrl: string = document.baseURI): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  for (const { id, url } of Object.values(SOURCES)) {
    sources[id] = { type: 'geojson', data: new URL(url, baseUrl).href, attribution: BASEMAP_ATTRIBUTION };
  }
  return {
    version: 8,
    name: 'China–Mali basemap (Natural Earth)',
    center: [-4, 16],
    zoom: 4.5,
    'font-faces': createFontFaces(baseUrl),
    sources,
    // A copy, so that a map changing its style cannot change the next one built here.
    layers: structuredClone(LAYERS),
  };
}
