/** The map view and the store's `view` follow each other; the store's copy is what the URL shows. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppState, MapView } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

export function currentView(map: MapLibreMap): MapView {
  const { lat, lng } = map.getCenter();
  return { zoom: map.getZoom(), lat, lng, bearing: map.getBearing(), pitch: map.getPitch() };
}

export function syncViewWithStore(map: MapLibreMap, store: Store<AppState>): void {
  const record = () => store.set({ view: currentView(map) });
  map.on('moveend', record);
  record();
  store.subscribe(({ view }) => {
    if (!view) return;
    const now = currentView(map);
    // Our own moveend wrote this view: nothing to do. Only an edited address moves the map.
    const moved =
      Math.abs(now.zoom - view.zoom) > 0.01 ||
      Math.abs(now.lat - view.lat) > 1e-4 ||
      Math.abs(now.lng - view.lng) > 1e-4 ||
      Math.abs(now.bearing - view.bearing) > 0.1;
    if (moved) map.jumpTo({ center: [view.lng, view.lat], zoom: view.zoom, bearing: view.bearing, pitch: view.pitch });
  });
}
