/**
 * The online basemaps a reader can opt into, drawn as raster tiles over the offline basemap. Each
 * needs no key, and its terms allow light interactive use when its credit is shown (README,
 * "Online basemaps (opt in)"). The offline basemap stays the default; nothing here is fetched
 * until a reader picks one of these.
 */
import type { BasemapId } from './app-state.ts';

export type OnlineBasemapId = Exclude<BasemapId, 'offline'>;

export interface OnlineBasemap {
  id: OnlineBasemapId;
  /** Its name in the basemap control and in the notice when it fails. */
  label: string;
  /** XYZ tile URL for MapLibre, with `{z}`, `{x}` and `{y}` in the order the service wants. */
  tiles: string;
  tileSize: number;
  /** Deepest zoom the service has tiles for; MapLibre enlarges them beyond it. */
  maxzoom: number;
  /** HTML for MapLibre's attribution control: the credit the provider's terms ask for. */
  attribution: string;
  /** The licence or policy that allows this use. */
  terms: string;
  /**
   * An offline basemap layer to slide the tiles under, so that it and the layers above it stay
   * visible (borders and names over imagery); null puts the tiles over the whole offline basemap.
   */
  under: string | null;
}

const LINK = 'target="_blank" rel="noopener noreferrer"';

export const ONLINE_BASEMAPS: Record<OnlineBasemapId, OnlineBasemap> = {
  streets: {
    id: 'streets',
    label: 'Streets',
    // https://operations.osmfoundation.org/policies/tiles/ names this one URL as the correct one.
    tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    tileSize: 256,
    maxzoom: 19,
    attribution: `<a href="https://www.openstreetmap.org/copyright" ${LINK}>© OpenStreetMap contributors</a>`,
    terms: 'OpenStreetMap Foundation tile usage policy: credit shown, interactive viewing only, no bulk download',
    // The tiles carry their own names and borders: ours would only double them.
    under: null,
  },
  satellite: {
    id: 'satellite',
    label: 'Satellite',
    // The 2016 mosaic (layer `s2cloudless_3857`): EOX publishes it under CC BY 4.0, the later years
    // under CC BY-NC-SA 4.0. EOX's WMTS path has the row (y) before the column (x).
    tiles: 'https://tiles.maps.eox.at/wmts/1.0.0/s2cloudless_3857/default/g/{z}/{y}/{x}.jpg',
    tileSize: 256,
    // Sentinel-2 pixels are 10 m, about zoom 14.
    maxzoom: 14,
    // EOX's wording for this layer, links included; the mosaic has early-2017 scenes in the tropics.
    attribution:
      `<a href="https://s2maps.eu" ${LINK}>Sentinel-2 cloudless – https://s2maps.eu</a> by ` +
      `<a href="https://eox.at" ${LINK}>EOX IT Services GmbH</a> (Contains modified Copernicus Sentinel data 2016 &amp; 2017)`,
    terms: 'CC BY 4.0 (Sentinel-2 cloudless 2016 by EOX IT Services GmbH)',
    // Imagery has no names or borders: the offline borders, towns and names stay drawn over it.
    under: 'basemap-country-borders',
  },
};

/** True for the basemaps that load tiles from the internet. */
export function isOnlineBasemap(id: BasemapId): id is OnlineBasemapId {
  return id !== 'offline';
}
