/**
 * Applies the store's `basemap` to the map. An online basemap is one raster source and layer,
 * slid between the offline basemap (layers `basemap-*`) and the data layers; 'offline' removes
 * both. The offline basemap stays underneath, so a tile that fails shows it, and the data layers
 * stay on top, clickable and toggleable, whatever the basemap.
 *
 * When the provider fails (tile errors in a row, or no tile at all before a timeout) the reader is
 * told and the store goes back to 'offline', which removes the layer and source and updates the
 * control and the address like any other change.
 */
import type { Map as MapLibreMap, MapSourceDataEvent, RasterSourceSpecification, RasterTileSource } from 'maplibre-gl';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';
import { isOnlineBasemap, ONLINE_BASEMAPS, type OnlineBasemap } from '../state/online-basemaps.ts';

export const ONLINE_BASEMAP_SOURCE_ID = 'online-basemap';
export const ONLINE_BASEMAP_LAYER_ID = 'online-basemap';

/** Layers of the offline basemap style (src/map/basemap-style.ts) start with this. */
const OFFLINE_LAYER_PREFIX = 'basemap-';

export interface FallbackOptions {
  /** Milliseconds to wait for the first tile before giving up on the provider. */
  timeoutMs: number;
  /** Tile errors in a row, with no tile loaded between them, that make it give up. */
  errorsInARow: number;
}

/**
 * 8 s: longer than a slow mobile connection takes for a first tile, short enough that a reader
 * still connects the notice with the choice. 3 errors: a first view needs at least 4 tiles, so an
 * unreachable provider trips it at once, while one bad tile among good ones does not.
 */
export const DEFAULT_FALLBACK: FallbackOptions = { timeoutMs: 8000, errorsInARow: 3 };

/** What the reader is told when `basemap` fails and the offline basemap is back. */
export function fallbackMessage(basemap: OnlineBasemap): string {
  return `${basemap.label} could not be loaded; showing the offline map.`;
}

/**
 * Where the raster layer goes: under `under` when the style has it, else under the first layer
 * that is not part of the offline basemap (the first data layer); undefined means on top.
 * @example rasterBeforeId(['basemap-land', 'basemap-country-borders', 'corridor-casing'], null) // 'corridor-casing'
 */
export function rasterBeforeId(layerIds: readonly string[], under: string | null): string | undefined {
  if (under !== null && layerIds.includes(under)) return under;
  return layerIds.find((id) => !id.startsWith(OFFLINE_LAYER_PREFIX) && id !== ONLINE_BASEMAP_LAYER_ID);
}

/**
 * Keeps the map's online basemap in step with the store, now and on every change.
 * @param notify - shows a short message to the reader, e.g. a notice from src/notice.ts
 * @returns a function that stops the sync and removes any online basemap
 * @example syncOnlineBasemap(map, store, createNotice(map.getContainer()).show);
 */
export function syncOnlineBasemap(
  map: MapLibreMap,
  store: Store<AppState>,
  notify: (message: string) => void,
  options: Partial<FallbackOptions> = {},
): () => void {
  const { timeoutMs, errorsInARow } = { ...DEFAULT_FALLBACK, ...options };
  /** The online basemap on the map now, and how to stop watching it. */
  let active: { basemap: OnlineBasemap; stopWatching: () => void } | null = null;

  const remove = () => {
    if (!active) return;
    active.stopWatching();
    active = null;
    if (map.getLayer(ONLINE_BASEMAP_LAYER_ID)) map.removeLayer(ONLINE_BASEMAP_LAYER_ID);
    if (map.getSource(ONLINE_BASEMAP_SOURCE_ID)) map.removeSource(ONLINE_BASEMAP_SOURCE_ID);
  };

  const add = (basemap: OnlineBasemap) => {
    const spec: RasterSourceSpecification = {
      type: 'raster',
      tiles: [basemap.tiles],
      tileSize: basemap.tileSize,
      maxzoom: basemap.maxzoom,
      attribution: basemap.attribution,
    };
    map.addSource(ONLINE_BASEMAP_SOURCE_ID, spec);
    map.addLayer(
      { id: ONLINE_BASEMAP_LAYER_ID, type: 'raster', source: ONLINE_BASEMAP_SOURCE_ID },
      rasterBeforeId(map.getLayersOrder(), basemap.under),
    );
    const source = map.getSource<RasterTileSource>(ONLINE_BASEMAP_SOURCE_ID);
    let errors = 0;
    let loadedAny = false;
    const current = {
      basemap,
      stopWatching: () => {
        clearTimeout(timer);
        source?.off('data', onData);
        source?.off('error', onError);
      },
    };
    const giveUp = (reason: string) => {
      current.stopWatching();
      // After the event that tripped it has finished going through MapLibre, which is still
      // dispatching it from the source about to be removed.
      queueMicrotask(() => {
        if (active !== current) return;
        console.warn(`${basemap.label} basemap: ${reason}; back to the offline basemap.`);
        notify(fallbackMessage(basemap));
        store.set({ basemap: 'offline' });
      });
    };
    const onData = (event: MapSourceDataEvent) => {
      if (!event.tile) return;
      loadedAny = true;
      errors = 0;
      clearTimeout(timer);
    };
    const onError = () => {
      errors += 1;
      if (errors >= errorsInARow) giveUp(`${errors} tiles failed in a row`);
    };
    const timer = setTimeout(() => {
      if (!loadedAny) giveUp(`no tile within ${timeoutMs} ms`);
    }, timeoutMs);
    source?.on('data', onData);
    source?.on('error', onError);
    active = current;
  };

  const apply = ({ basemap }: Readonly<AppState>) => {
    if (active?.basemap.id === basemap) return;
    remove();
    if (isOnlineBasemap(basemap)) add(ONLINE_BASEMAPS[basemap]);
  };

  apply(store.get());
  const unsubscribe = store.subscribe(apply);
  return () => {
    unsubscribe();
    remove();
  };
}
