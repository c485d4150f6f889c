/**
 * Says so when the offline basemap cannot be drawn (a tile missing, slow, not downloaded or damaged),
 * with a Retry that asks for the failed tiles again, so a failed basemap never leaves the data on a blank
 * background without a word. One notice at a time; the page's focus is left where the reader has it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { messages } from '../i18n/i18n.ts';
import { showLoadFailure } from '../load-failure.ts';
import { BASEMAP_SOURCE_ID } from './basemap-tiling.ts';
import { registerTileProtocol, type BasemapFailure, type TileId } from './basemap-protocol.ts';

/**
 * Watches `map`'s basemap from now on: call it before the map is made, so the first tiles are watched.
 * @returns the function to hand the map to once it is made
 * @example const watch = watchBasemap(container); const map = createMap(container, view); watch(map);
 */
export function watchBasemap(container: HTMLElement): (map: MapLibreMap) => void {
  let map: MapLibreMap | undefined;
  let removeNotice: (() => void) | undefined;
  /** The tiles that failed since the last Retry, by `z/x/y`. */
  const failed = new Map<string, TileId>();
  const report = (reason: BasemapFailure, tile: TileId | undefined) => {
    if (tile) failed.set(`${tile.z}/${tile.x}/${tile.y}`, tile);
    if (removeNotice) return;
    const retry = () => {
      removeNotice = undefined;
      // Named tiles: MapLibre reloads a failed tile only when asked for it by name (reloading the
      // whole source leaves failed tiles waiting for ever).
      const tiles = [...failed.values()];
      failed.clear();
      map?.refreshTiles(BASEMAP_SOURCE_ID, tiles);
    };
    removeNotice = showLoadFailure(container, messages().notices.basemapFailure[reason], retry, { focus: false });
  };
  registerTileProtocol(report);
  return (made) => {
    map = made;
    // A tile that arrived but could not be read (cut short, not a tile) fails in MapLibre's worker.
    made.on('error', (event) => {
      const { sourceId, tile } = event as { sourceId?: string; tile?: { tileID: { canonical: TileId } } };
      if (sourceId !== BASEMAP_SOURCE_ID) return;
      const { x, y, z } = tile?.tileID.canonical ?? {};
      report('damaged', x === undefined || y === undefined || z === undefined ? undefined : { x, y, z });
    });
  };
}
