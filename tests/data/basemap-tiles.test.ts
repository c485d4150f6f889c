/**
 * The vector tiles cut from geodata/basemap/ (scripts/basemap-tiles.ts), decoded as MapLibre decodes
 * them: every tile of the box is there, nothing of the files is lost at the deepest zoom, points stay
 * where the files put them, and each zoom holds the layers and levels of detail the style draws there.
 */
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { bbox } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tileAt, tileBasemap } from '../../scripts/basemap-tiles.ts';
import { BASEMAP_MAX_ZOOM, BASEMAP_TILE_LAYERS, type BasemapTileLayer } from '../../src/map/basemap-tiling.ts';

const FOLDER = join(import.meta.dirname, '../../geodata/basemap');
const made = tileBasemap(FOLDER);
const read = (layer: BasemapTileLayer): FeatureCollection =>
  JSON.parse(readFileSync(join(FOLDER, BASEMAP_TILE_LAYERS[layer].file), 'utf8')) as FeatureCollection;

/** The tiles of zoom `z`, decoded, with their column and row. */
function tilesAt(z: number): { x: number; y: number; tile: VectorTile }[] {
  return [...made.tiles]
    .filter(([path]) => path.startsWith(`${z}/`))
    .map(([path, bytes]) => {
      const [, x = 0, y = 0] = path.split('/').map(Number);
      return { x, y, tile: new VectorTile(new PbfReader(bytes)) };
    });
}

/** Every feature of a layer in the tiles of zoom `z`, as GeoJSON in degrees. */
function featuresAt(layer: BasemapTileLayer, z: number) {
  return tilesAt(z).flatMap(({ x, y, tile }) => {
    const found = tile.layers[layer];
    return found ? Array.from({ length: found.length }, (_, i) => found.feature(i).toGeoJSON(x, y, z)) : [];
  });
}

describe('the basemap tiles', () => {
  it('cover the files’ box at every zoom, every tile present, and nothing outside', () => {
    const all = Object.keys(BASEMAP_TILE_LAYERS).flatMap((layer) => read(layer as BasemapTileLayer).features);
    const [west, south, east, north] = bbox({ type: 'FeatureCollection', features: all });
    expect(made.bounds).toEqual([west, south, east, north]);
    let expected = 0;
    for (let z = 0; z <= BASEMAP_MAX_ZOOM; z++) {
      const [xMin, yMin] = tileAt(west, north, z);
      const [xMax, yMax] = tileAt(east, south, z);
      for (let x = xMin; x <= xMax; x++)
        for (let y = yMin; y <= yMax; y++) expect(made.tiles.has(`${z}/${x}/${y}`), `${z}/${x}/${y}`).toBe(true);
      expected += (xMax - xMin + 1) * (yMax - yMin + 1);
    }
    expect(made.tiles.size).toBe(expected);
    expect(made.tiles.has(`${BASEMAP_MAX_ZOOM + 1}/0/0`)).toBe(false);
  });

  it('lose no named feature of any file at the deepest zoom', () => {
    const key = (properties: Record<string, unknown> | null) =>
      `${String(properties?.name ?? properties?.adm0_a3)}|${String(properties?.detail ?? '')}`;
    for (const layer of Object.keys(BASEMAP_TILE_LAYERS) as BasemapTileLayer[]) {
      const inFile = new Set(read(layer).features.map((feature) => key(feature.properties)));
      // The deepest tiles hold the two closest river label levels; the coarse one is drawn from shallower tiles.
      if (layer === 'river_labels') for (const name of [...inFile]) if (name.endsWith('|low')) inFile.delete(name);
      const inTiles = new Set(featuresAt(layer, BASEMAP_MAX_ZOOM).map((feature) => key(feature.properties)));
      expect(
        [...inFile].filter((name) => !inTiles.has(name)),
        layer,
      ).toEqual([]);
    }
  });

  it('keep every town within 0.001° of where the file puts it, with its properties', () => {
    const towns = read('places').features;
    for (const z of [3, BASEMAP_MAX_ZOOM]) {
      const drawn = featuresAt('places', z);
      for (const town of towns) {
        const [lng = 0, lat = 0] = (town.geometry as Point).coordinates;
        // At low zoom a tile holds ~10 km per unit: the check is as tight as the tile allows.
        const tolerance = z === BASEMAP_MAX_ZOOM ? 0.001 : 360 / 2 ** z / 4096;
        const match = drawn.find((feature) => {
          const [x = 0, y = 0] = (feature.geometry as Point).coordinates;
          return (
            feature.properties?.name === town.properties?.name &&
            Math.abs(x - lng) <= tolerance &&
            Math.abs(y - lat) <= tolerance
          );
        });
        expect(match, `${String(town.properties?.name)} at zoom ${z}`).toBeDefined();
        expect(match?.properties).toMatchObject(
          Object.fromEntries(Object.entries(town.properties ?? {}).filter(([, value]) => value !== null)),
        );
      }
    }
  });

  it('hold each layer from its first zoom on, and the river label levels drawn at their zoom', () => {
    const details = (z: number) => [...new Set(featuresAt('river_labels', z).map((f) => f.properties?.detail))].sort();
    expect(featuresAt('regions', 4)).toEqual([]);
    expect(featuresAt('regions', 5).length).toBeGreaterThan(0);
    expect(featuresAt('river_labels', 3)).toEqual([]);
    expect(details(4)).toEqual(['low']);
    expect(details(5)).toEqual(['low']);
    expect(details(6)).toEqual(['medium']);
    expect(details(7)).toEqual(['high', 'medium']);
  });

  it('leave tiles with nothing in them empty, and come out the same each time (the folder’s hash)', () => {
    const empty = [...made.tiles.values()].filter((bytes) => bytes.length === 0);
    expect(empty.length).toBeGreaterThan(0);
    expect(tileBasemap(FOLDER).hash).toBe(made.hash);
    expect(made.hash).toMatch(/^[0-9a-f]{8}$/);
  });
});
