/**
 * The offline basemap's tiles are fetched through a protocol of the app's own, so that every way a
 * tile can fail is seen: MapLibre draws a tile the server lacks (HTTP 404) as empty, without a word,
 * and waits forever on a slow one. Here a missing tile, a failed download and one slower than
 * TILE_TIMEOUT_MS are errors, reported to the listener given (src/map/basemap-failure.ts) and to
 * MapLibre. The fetch runs on the main thread, as MapLibre does for any added protocol.
 */
import { addProtocol, type AddProtocolAction } from 'maplibre-gl';
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

/** As long as the data is given (src/data/fetch-geodata.ts): on a poor connection, but not for ever. */
const TILE_TIMEOUT_MS = 20_000;

/**
 * The loader for {@link TILE_PROTOCOL} addresses, reporting each failure to `onFailure` (a tile
 * MapLibre gave up, when the view moved on, is not a failure).
 * @example addProtocol(TILE_PROTOCOL, tileLoader((reason) => console.warn(reason)))
 */
export function tileLoader(
  onFailure: TileFailureListener,
  fetchTile: typeof fetch = (input, init) => fetch(input, init),
  timeoutMs = TILE_TIMEOUT_MS,
): AddProtocolAction {
  return async (request, abortController) => {
    const url = request.url.slice(`${TILE_PROTOCOL}://`.length);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abortController.abort();
    }, timeoutMs);
    const fail = (reason: BasemapFailure, detail: string): never => {
      onFailure(reason, tileOfUrl(url));
      throw new Error(`basemap tile ${url}: ${detail}`);
    };
    try {
      const response = await fetchTile(url, { signal: abortController.signal });
      if (response.status === 404) fail('missing', 'not on the server (HTTP 404)');
      if (!response.ok) fail('network', `the server answered HTTP ${response.status}`);
      return { data: await response.arrayBuffer() };
    } catch (error) {
      if (timedOut) fail('slow', `no answer within ${timeoutMs / 1000} s`);
      // Given up by MapLibre, or already reported above: passed on as it is.
      if (abortController.signal.aborted || (error instanceof Error && error.message.startsWith('basemap tile')))
        throw error;
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
