/** What the benchmark's probe script and pages keep on `window`, for the scripts that read them. */

/** The little of Leaflet 1.9 and leaflet.markercluster that scripts/bench/pages/leaflet-page.js uses. */
interface LeafletLayer {
  addTo(map: LeafletMap): this;
}
interface LeafletClusterGroup extends LeafletLayer {
  clearLayers(): this;
  addLayers(layers: LeafletLayer[]): this;
}
type LeafletMap = object;
interface Leaflet {
  map(
    element: HTMLElement,
    options: { center: [number, number]; zoom: number; zoomSnap: number; maxZoom: number },
  ): LeafletMap;
  geoJSON(data: unknown, options: { style: Record<string, unknown>; interactive: boolean }): LeafletLayer;
  marker(latLng: [number, number]): LeafletLayer;
  markerClusterGroup(options?: { chunkedLoading?: boolean }): LeafletClusterGroup;
}

declare global {
  interface Window {
    /** Page times (ms since navigation start) recorded by the probe in scripts/bench/chromium.mjs. */
    __bench?: { firstDrawAt: number | undefined; readyAt: number | undefined };
    /** The peer baseline's year filter; resolves with the wall time to the next frame, ms. */
    __leafletBench?: { filterYears(from: number, to: number): Promise<number> };
    /** Leaflet's global, on the peer baseline's page. */
    L?: Leaflet;
  }
}

export {};
