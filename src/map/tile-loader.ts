/**
 * The offline basemap's tile loader, for a protocol of the app's own, so that every way a tile can
 * fail is seen: MapLibre draws a tile the server lacks (HTTP 404) as empty, without a word, and
 * waits forever on a slow one. Here a missing tile, a failed download and one slower than
 * LOAD_TIMEOUT_MS are errors that say which (`reason`), so src/map/basemap-failure.ts can tell the
 * reader. It runs in MapLibre's worker (src/map/map-worker.ts), so it imports nothing that needs a
 * page.
 */
import type { AddProtocolAction } from 'maplibre-gl';
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

const REASONS: readonly BasemapFailure[] = ['missing', 'network', 'slow'];

/**
 * Why a tile failed, from the error MapLibre reports for it: the loader's own reason, which a plain
 * Error's own properties carry across the worker's messages, or 'damaged' for a tile that came but
 * could not be read (cut short, not a tile).
 * @example failureOf(Object.assign(new Error('…'), { reason: 'slow' })) // 'slow'
 */
export function failureOf(error: unknown): BasemapFailure {
  const reason = (error as { reason?: unknown } | null | undefined)?.reason;
  return REASONS.find((known) => known === reason) ?? 'damaged';
}

/**
 * The loader for {@link TILE_PROTOCOL} addresses. A failure is thrown as an Error with a `reason`
 * (a plain Error: MapLibre's worker messages carry no other class); a tile MapLibre gave up, when
 * the view moved on, is passed on as it is.
 * @example addProtocol(TILE_PROTOCOL, tileLoader())
 */
export function tileLoader(
  fetchTile: typeof fetch = (input, init) => fetch(input, init),
  timeoutMs = LOAD_TIMEOUT_MS,
): AddProtocolAction {
  return async (request, abortController) => {
    const url = request.url.slice(`${TILE_PROTOCOL}://`.length);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abortController.abort();
    }, timeoutMs);
    const failure = (reason: BasemapFailure, detail: string) =>
      Object.assign(new Error(`basemap tile ${url}: ${detail}`), { reason });
    try {
      let response: Response;
      try {
        response = await fetchTile(url, { signal: abortController.signal });
      } catch (error) {
        if (timedOut) throw failure('slow', `no answer within ${timeoutMs / 1000} s`);
        // Given up by MapLibre (the view moved on): not a failure.
        if (abortController.signal.aborted) throw error;
        throw failure('network', error instanceof Error ? error.message : String(error));
      }
      if (response.status === 404) throw failure('missing', 'not on the server (HTTP 404)');
      if (!response.ok) throw failure('network', `the server answered HTTP ${response.status}`);
      return { data: await response.arrayBuffer() };
    } finally {
      clearTimeout(timer);
    }
  };
}
