/**
 * The offline basemap's tiles are fetched through a protocol of the app's own, so that every way a
 * tile can fail is seen: MapLibre draws a tile the server lacks (HTTP 404) as empty, without a word,
 * and waits forever on a slow one. Here a missing tile, a failed download and one slower than
 * LOAD_TIMEOUT_MS (as long as the data is given) are errors, reported to the listener given
 * (src/map/basemap-failure.ts) and to MapLibre. The fetch runs on the main thread, as MapLibre does
 * for any added protocol.
 */
import { addProtocol, type AddProtocolAction } from 'maplibre-gl';
import { LOAD_TIMEOUT_MS } from '../data/fetch-geodata.ts';
import type { Messages } from '../i18n/messages-en.ts';

/** What the reader is told went wrong: one of the messages of notices.basemapFailure. */
export type BasemapFailure = keyof Messages['notices']['basemapFailure'];

/** The protocol's name: the style's tile address is `app-tiles://` before the tiles' absolute URL. */
export const TILE_PROTOCOL = 'app-tiles';

/** A tile's column, row and zoom, as MapLibre's refreshTiles takes them. */
export interface TileId {
  x: number;
  y: number;
  z: number;
}

/** Where a failure is reported: what went wrong, and for which tile (read from its address). */
export type TileFailureListener = (reason: BasemapFailure, tile: TileId | undefined) => void;

/** The tile an address `…/{z}/{x}/{y}.pbf` names. */
export function tileOfUrl(url: string): TileId | undefined {
  const match = /\/(\d+)\/(\d+)\/(\d+)\.pbf$/.exec(url);
  return match ? { z: Number(match[1]), x: Number(match[2]), y: Number(match[3]) } : undefined;
}

/**
 * The loader for {@link TILE_PROTOCOL} addresses, reporting each failure to `onFailure` (a tile
 * MapLibre gave up, when the view moved on, is not a failure).
 * @example addProtocol(TILE_PROTOCOL, tileLoader((reason) => console.warn(reason)))
 */
export function tileLoader(
  onFailure: TileFailureListener,
  fetchTile: typeof fetch = (input, init) => fetch(input, init),
  timeoutMs = LOAD_TIMEOUT_MS,
): AddProtocolAction {
  return async (request, abortController) => {
    const url = request.url.slice(`${TILE_PROTOCOL}://`.length);
    let timedOut = false;
    /** Whether `fail` has reported this tile already, so the catch passes its error on as it is. */
    let reported = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abortController.abort();
    }, timeoutMs);
    const fail = (reason: BasemapFailure, detail: string): never => {
      reported = true;
      onFailure(reason, tileOfUrl(url));
      throw new Error(`basemap tile ${url}: ${detail}`);
    };
    try {
      const response = await fetchTile(url, { signal: abortController.signal });
      if (response.status === 404) fail('missing', 'not on the server (HTTP 404)');
      if (!response.ok) fail('network', `the server answered HTTP ${response.status}`);
      return { data: await response.arrayBuffer() };
    } catch (error) {
      if (reported) throw error;
      if (timedOut) fail('slow', `no answer within ${timeoutMs / 1000} s`);
      // Given up by MapLibre (the view moved on): not a failure.
      if (abortController.signal.aborted) throw error;
      return fail('network', error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * Makes MapLibre fetch {@link TILE_PROTOCOL} addresses with {@link tileLoader}; a second call replaces
 * the first's listener.
 */
export function registerTileProtocol(onFailure: TileFailureListener): void {
  addProtocol(TILE_PROTOCOL, tileLoader(onFailure));
}
