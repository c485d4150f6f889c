/**
 * Creates the MapLibre map: offline basemap, the usual controls, the first view, and
 * aria-busy on the container until the data is drawn.
 */
import {
  AttributionControl,
  FullscreenControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
} from 'maplibre-gl';
import type { Bounds } from '../geo/data-bounds.ts';
import type { MapView } from '../state/app-state.ts';
import { createBasemapStyle } from './basemap-style.ts';

/**
 * Room around the data on first view, so edge markers and labels clear the controls: the layer
 * panel on the left and the zoom buttons on the right take more room on wide screens.
 */
function fitPadding(width: number): { top: number; bottom: number; left: number; right: number } {
  return width > 700 ? { top: 40, bottom: 40, left: 250, right: 90 } : { top: 60, bottom: 40, left: 30, right: 60 };
}

/**
 * Creates the map at `view` when the address gave one, else at the basemap's overview until
 * `fitToData` is called; throws when the browser cannot draw WebGL.
 */
export function createMap(container: HTMLElement, view: MapView | null): MapLibreMap {
  container.setAttribute('aria-busy', 'true');
  const map = new MapLibreMap({
    container,
    style: createBasemapStyle(),
    // The address is written by src/state/url-sync.ts, in MapLibre's `#zoom/lat/lng` form and more.
    hash: false,
    ...(view
      ? { center: [view.lng, view.lat] as [number, number], zoom: view.zoom, bearing: view.bearing, pitch: view.pitch }
      : {}),
    attributionControl: false,
    maxZoom: 12,
    minZoom: 2,
  });
  map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
  map.addControl(new FullscreenControl(), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(
    new AttributionControl({ customAttribution: 'Events: the sources cited in each popup' }),
    'bottom-right',
  );
  // On a phone the credits start folded behind their (i) button, so they do not cover the map.
  if (container.clientWidth <= 640) {
    map.once('load', () =>
      container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show'),
    );
  }
  return map;
}

/** Says the map is ready (aria-busy false, which the browser tests wait for) at its next idle. */
export function markReadyWhenIdle(map: MapLibreMap): void {
  map.once('idle', () => map.getContainer().setAttribute('aria-busy', 'false'));
}

/**
 * Shows every feature, clear of the controls; does nothing for an empty dataset (no bounds).
 * @example fitToData(map, dataBounds(features))
 */
export function fitToData(map: MapLibreMap, bounds: Bounds | null): void {
  if (bounds) map.fitBounds(bounds, { padding: fitPadding(map.getContainer().clientWidth), duration: 0 });
}
