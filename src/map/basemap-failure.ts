/**
 * Says so when the offline basemap cannot be drawn (a tile missing, slow, not downloaded or damaged),
 * with a Retry that asks for the failed tiles again, so a failed basemap never leaves the data on a blank
 * background without a word. One notice at a time; the page's focus is left where the reader has it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { messages } from '../i18n/i18n.ts';
import { showLoadFailure } from '../load-failure.ts';
import { BASEMAP_SOURCE_ID } from './basemap-tiling.ts';
import { failureOf, type BasemapFailure, type TileId } from './tile-loader.ts';

/**
 * Watches `map`'s basemap from now on (call it as the map is made: a tile fails once loaded).
 * @example watchBasemap(container, createMap(container, view));
 */
export function watchBasemap(container: HTMLElement, map: MapLibreMap): void {
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
      map.refreshTiles(BASEMAP_SOURCE_ID, tiles);
    };
    removeNotice = showLoadFailure(container, messages().notices.basemapFailure[reason], retry, { focus: false });
  };
  // Every failed tile comes here, with the loader's reason, or as damaged when it came but could
  // not be read (cut short, not a tile).
  map.on('error', (event) => {
    const { sourceId, tile } = event as { sourceId?: string; tile?: { tileID: { canonical: TileId } } };
    if (sourceId !== BASEMAP_SOURCE_ID) return;
    const { x, y, z } = tile?.tileID.canonical ?? {};
    report(failureOf(event.error), x === undefined || y === undefined || z === undefined ? undefined : { x, y, z });
  });
}
