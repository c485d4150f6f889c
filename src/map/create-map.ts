/**
 * Creates the MapLibre map: offline basemap, the usual controls, the first view, and
 * aria-busy on the container until the data is drawn.
 */
import {
  AttributionControl,
  FullscreenControl,
  type ControlPosition,
  type ExpressionSpecification,
  type IControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
} from 'maplibre-gl';
import type { Bounds } from '../geo/data-bounds.ts';
import type { MapView } from '../state/app-state.ts';
import { createBasemapStyle } from './basemap-style.ts';
import { messages } from '../i18n/i18n.ts';

/** Room kept around the data beyond the controls, for markers' labels (about a place name's width). */
const LABEL_ROOM = { x: 70, y: 24 } as const;
/**
 * Width kept for the top-left corner (the Layers button and the tour's, about 90 px in either
 * language) even while it is empty: the first view is fitted when the map is made, before the data
 * and those controls come, and must not be moved once they do.
 */
const TOP_LEFT_MIN_WIDTH = 96;

/**
 * The part of the map the controls cover, measured from MapLibre's four control corners, so the
 * first view fits the data where it can be seen: the layer list on the left, zoom and basemap on
 * the right, scale and credits below.
 */
export function controlPadding(container: HTMLElement): { top: number; bottom: number; left: number; right: number } {
  const size = (corner: string) => {
    const box = container.querySelector(`.maplibregl-ctrl-${corner}`)?.getBoundingClientRect();
    return { width: box?.width ?? 0, height: box?.height ?? 0 };
  };
  const bottom = Math.max(size('bottom-left').height, size('bottom-right').height) + LABEL_ROOM.y;
  const room = container.getBoundingClientRect();
  // Never more than a third of the map on a side, so a small screen still shows the data.
  const cap = (n: number, of: number) => Math.min(n, of / 3);
  if (room.width < 600) {
    // A phone: the controls stack along the top, so keep the data below them, full width (with
    // room on the right for an eastern place's name).
    const top = Math.max(size('top-left').height, size('top-right').height) + LABEL_ROOM.y;
    return { top: cap(top, room.height), bottom: cap(bottom, room.height), left: 40, right: 64 };
  }
  return {
    top: cap(LABEL_ROOM.y, room.height),
    bottom: cap(bottom, room.height),
    left: cap(Math.max(size('top-left').width, TOP_LEFT_MIN_WIDTH) + LABEL_ROOM.x, room.width),
    right: cap(size('top-right').width + LABEL_ROOM.x, room.width),
  };
}

/**
 * Creates the map at `view` when the address gave one, else at the basemap's overview until
 * `fitToData` is called; throws when the browser cannot draw WebGL. `townsLeftOut`: the basemap
 * towns the data layers name themselves, when the build knows them.
 */
export function createMap(
  container: HTMLElement,
  view: MapView | null,
  townsLeftOut?: ExpressionSpecification,
): MapLibreMap {
  container.setAttribute('aria-busy', 'true');
  const map = new MapLibreMap({
    container,
    style: createBasemapStyle(document.baseURI, townsLeftOut),
    // The address is written by src/state/url-sync.ts, in MapLibre's `#zoom/lat/lng` form and more.
    hash: false,
    ...(view
      ? { center: [view.lng, view.lat] as [number, number], zoom: view.zoom, bearing: view.bearing, pitch: view.pitch }
      : {}),
    attributionControl: false,
    locale: messages().mapControls,
    maxZoom: 12,
    minZoom: 2,
  });
  // The controls are added by addMapControls, in the page's language.
  return map;
}

/**
 * Adds the zoom, full-screen, scale and credits controls, worded in the current language: MapLibre
 * reads its own words from the map's locale when a control is added, so a language switch sets the
 * locale and adds them again.
 * @returns the function that removes them
 */
export function addMapControls(map: MapLibreMap): () => void {
  // The documented `locale` option, set again after creation: MapLibre has no setter for it.
  map._locale = { ...map._locale, ...messages().mapControls };
  map.getCanvas().setAttribute('aria-label', messages().mapControls['Map.Title']);
  const controls: [IControl, ControlPosition][] = [
    [new NavigationControl({ visualizePitch: false }), 'top-right'],
    [new FullscreenControl(), 'top-right'],
    [new ScaleControl({ unit: 'metric' }), 'bottom-left'],
    [new AttributionControl({ customAttribution: messages().layers.attribution }), 'bottom-right'],
  ];
  for (const [control, position] of controls) map.addControl(control, position);
  // On a phone the credits start folded behind their (i) button, so they do not cover the map. Folded
  // at once: folded at 'load', their box shrank under the reader's eyes (a layout shift, 0.023 CLS).
  // Once folded, MapLibre leaves them so; 'load' folds them if they were still empty here.
  const container = map.getContainer();
  const fold = () => container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  if (container.clientWidth <= 640) {
    fold();
    if (!map.loaded()) map.once('load', fold);
  }
  return () => {
    for (const [control] of controls) map.removeControl(control);
  };
}

/** Says the map is ready (aria-busy false, which the browser tests wait for) at its next idle. */
export function markReadyWhenIdle(map: MapLibreMap): void {
  map.once('idle', () => map.getContainer().setAttribute('aria-busy', 'false'));
}

/**
 * Shows every feature, clear of the controls (add them first); does nothing for an empty dataset.
 * @example fitToData(map, dataBounds(features))
 */
export function fitToData(map: MapLibreMap, bounds: Bounds | null): void {
  if (bounds) map.fitBounds(bounds, { padding: controlPadding(map.getContainer()), duration: 0 });
}
