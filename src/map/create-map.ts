/**
 * Creates the MapLibre map: offline basemap, the usual controls, the first view, and
 * aria-busy on the container until the first complete render.
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

/** Opens at `view` when the address gave one, else fits `dataBounds`. */
export function createMap(container: HTMLElement, dataBounds: Bounds, view: MapView | null): MapLibreMap {
  container.setAttribute('aria-busy', 'true');
  const map = new MapLibreMap({
    container,
    style: createBasemapStyle(),
    // The address is written by src/state/url-sync.ts, in MapLibre's `#zoom/lat/lng` form and more.
    hash: false,
    ...(view
      ? { center: [view.lng, view.lat] as [number, number], zoom: view.zoom, bearing: view.bearing, pitch: view.pitch }
      : { bounds: dataBounds, fitBoundsOptions: { padding: fitPadding(container.clientWidth) } }),
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
  map.once('idle', () => container.setAttribute('aria-busy', 'false'));
  return map;
}
