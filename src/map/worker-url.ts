/**
 * MapLibre 6 finds its worker next to its own module, which a bundler moves. Point it at the app's
 * build of it instead (src/map/map-worker.ts: MapLibre's worker with the basemap's tile loader),
 * served from our own origin (and allowed by a `worker-src 'self'` CSP).
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from './map-worker.ts?worker&url';

/** Tells MapLibre to start its worker from the app's own bundled copy. */
export function useBundledWorker(): void {
  setWorkerUrl(new URL(workerUrl, document.baseURI).href);
}
