/** The map view and the store's `view` follow each other; the store's copy is what the URL shows. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppState, MapView } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

/** The map's view now, as the store keeps it. */
export function currentView(map: MapLibreMap): MapView {
  const { lat, lng } = map.getCenter();
  return { zoom: map.getZoom(), lat, lng, bearing: map.getBearing(), pitch: map.getPitch() };
}

/**
 * True when two views differ by more than the address can show (so rounding is not a move).
 * @example viewsDiffer({ zoom: 5, lat: 1, lng: 1, bearing: 0, pitch: 0 }, { zoom: 5, lat: 1, lng: 1, bearing: 0, pitch: 30 }) // true
 */
export function viewsDiffer(a: MapView, b: MapView): boolean {
  return (
    Math.abs(a.zoom - b.zoom) > 0.01 ||
    Math.abs(a.lat - b.lat) > 1e-4 ||
    Math.abs(a.lng - b.lng) > 1e-4 ||
    Math.abs(a.bearing - b.bearing) > 0.1 ||
    Math.abs(a.pitch - b.pitch) > 0.5
  );
}

/**
 * Records every move in the store, and moves the map when the store's view changes otherwise
 * (an edited address).
 * @returns the function that stops both
 */
export function syncViewWithStore(map: MapLibreMap, store: Store<AppState>): () => void {
  const record = () => store.set({ view: currentView(map) });
  map.on('moveend', record);
  record();
  const unsubscribe = store.subscribe(({ view }, previous) => {
    if (!view || view === previous.view) return;
    // Our own moveend wrote this view: nothing to do. Only an edited address moves the map.
    if (viewsDiffer(currentView(map), view))
      map.jumpTo({ center: [view.lng, view.lat], zoom: view.zoom, bearing: view.bearing, pitch: view.pitch });
  });
  return () => {
    map.off('moveend', record);
    unsubscribe();
  };
}
