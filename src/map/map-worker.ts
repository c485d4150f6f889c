/**
 * MapLibre's worker with the basemap's tile loader (src/map/tile-loader.ts) registered in it. A
 * protocol added on the main thread has every tile's fetch wait for a main thread busy drawing or
 * building the page (about 7% of a first load here). Registered before the worker reads its
 * first message, the loader is there for the first tile, which a script sent later with
 * importScriptInWorkers is not.
 */
import MapLibreWorker from 'maplibre-gl/dist/maplibre-gl-worker.mjs';
import type { AddProtocolAction } from 'maplibre-gl';
import { TILE_PROTOCOL, tileLoader } from './tile-loader.ts';

/** A worker's scope as MapLibre's worker uses it: its worker, which gives it an addProtocol. */
const scope = self as unknown as { worker?: unknown; addProtocol(name: string, load: AddProtocolAction): void };
// MapLibre's module starts its worker when imported, but its package declares the module free of
// side effects, so the bundler drops that: start it here.
scope.worker ??= new MapLibreWorker(scope);
scope.addProtocol(TILE_PROTOCOL, tileLoader());
