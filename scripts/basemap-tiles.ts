/**
 * Cuts the offline basemap's GeoJSON files into Mapbox vector tiles (MVT 2.1), from zoom 0 to
 * BASEMAP_MAX_ZOOM, with MapLibre's own tiler (geojson-vt) and encoder (vt-pbf): the same code that
 * would cut these files in the browser's worker, run once at build time instead.
 *
 * Every tile inside the files' box is made, an empty one included, so that the map never asks for a
 * tile that is not there (a 404 would read as a failed load).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bbox } from '@turf/turf';
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';
import {
  BASEMAP_MAX_ZOOM,
  BASEMAP_TILE_LAYERS,
  riverLabelLevels,
  type BasemapTileLayer,
} from '../src/map/basemap-tiling.ts';

/** Units across a tile, MVT's usual; the tiler's tolerance of 3 is in these units. */
const TILE_EXTENT = 4096;

/** Web Mercator stops here; the files' box is clamped to it. */
const MAX_LATITUDE = 85.0511;

export type Bounds = [west: number, south: number, east: number, north: number];

export interface BasemapTiles {
  /** Each tile's bytes by its `z/x/y` path; an empty tile is zero bytes. */
  tiles: Map<string, Uint8Array>;
  /** The box around every feature of every file: the source's `bounds`, outside which no tile exists. */
  bounds: Bounds;
  /** Eight hex digits of a hash of every tile, to name the tiles' folder so a changed basemap gets new addresses. */
  hash: string;
}

/** A tile layer's features that tiles of zoom `z` hold, or none below the layer's first zoom. */
function featuresAt(layer: BasemapTileLayer, features: Feature[], z: number): Feature[] {
  if (z < BASEMAP_TILE_LAYERS[layer].minzoom) return [];
  if (layer !== 'river_labels') return features;
  const levels = riverLabelLevels(z);
  return features.filter((feature) => levels.includes(String(feature.properties?.detail)));
}

/** The tile column and row of a longitude and latitude at zoom `z`. */
export function tileAt(lng: number, lat: number, z: number): [x: number, y: number] {
  const n = 2 ** z;
  const clamp = (value: number) => Math.min(n - 1, Math.max(0, Math.floor(value)));
  const sin = Math.sin((Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n;
  return [clamp(((lng + 180) / 360) * n), clamp(y)];
}

/**
 * The features of one basemap layer's file in `folder` (geodata/basemap/).
 * @example readBasemapLayer('geodata/basemap', 'places').length // 167
 */
export function readBasemapLayer(folder: string, layer: BasemapTileLayer): Feature[] {
  const text = readFileSync(join(folder, BASEMAP_TILE_LAYERS[layer].file), 'utf8');
  return (JSON.parse(text) as FeatureCollection).features;
}

/**
 * Tiles the basemap files of `folder` (geodata/basemap/).
 * @example tileBasemap('geodata/basemap').tiles.get('4/7/7') // the tile over Mali at zoom 4
 */
export function tileBasemap(folder: string): BasemapTiles {
  const layers = Object.keys(BASEMAP_TILE_LAYERS) as BasemapTileLayer[];
  const collections = new Map(layers.map((layer) => [layer, readBasemapLayer(folder, layer)]));
  const all: FeatureCollection = { type: 'FeatureCollection', features: [...collections.values()].flat() };
  const [west, south, east, north] = bbox(all) as Bounds;
  const bounds: Bounds = [west, Math.max(south, -MAX_LATITUDE), east, Math.min(north, MAX_LATITUDE)];

  // One index per layer and distinct feature set: river labels differ by zoom, the rest do not.
  const indexes = new Map<string, GeoJSONVT>();
  const indexFor = (layer: BasemapTileLayer, features: Feature[], z: number): GeoJSONVT => {
    const key = layer === 'river_labels' ? `${layer}:${riverLabelLevels(z).join('+')}` : layer;
    let index = indexes.get(key);
    if (!index) {
      index = new GeoJSONVT(
        { type: 'FeatureCollection', features },
        { maxZoom: BASEMAP_MAX_ZOOM, indexMaxZoom: 0, tolerance: 3, extent: TILE_EXTENT, buffer: 64 },
      );
      indexes.set(key, index);
    }
    return index;
  };

  const tiles = new Map<string, Uint8Array>();
  const hash = createHash('sha256');
  for (let z = 0; z <= BASEMAP_MAX_ZOOM; z++) {
    const [xMin, yMin] = tileAt(bounds[0], bounds[3], z);
    const [xMax, yMax] = tileAt(bounds[2], bounds[1], z);
    for (let x = xMin; x <= xMax; x++) {
      for (let y = yMin; y <= yMax; y++) {
        const content: Record<string, GeoJSONVTTile> = {};
        for (const layer of layers) {
          const features = featuresAt(layer, collections.get(layer) ?? [], z);
          if (features.length === 0) continue;
          const tile = indexFor(layer, features, z).getTile(z, x, y);
          if (tile && tile.features.length > 0) content[layer] = tile;
        }
        const bytes =
          Object.keys(content).length > 0
            ? fromGeojsonVt(content, { version: 2, extent: TILE_EXTENT })
            : new Uint8Array();
        tiles.set(`${z}/${x}/${y}`, bytes);
        hash.update(`${z}/${x}/${y}:`).update(bytes);
      }
    }
  }
  return { tiles, bounds, hash: hash.digest('hex').slice(0, 8) };
}
