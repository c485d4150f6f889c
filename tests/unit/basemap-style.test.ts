// The style's contents; tests/data/basemap-files.test.ts checks it against the files in geodata/basemap/.
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP_ATTRIBUTION, BASEMAP_TOGGLE_LAYERS, createBasemapStyle } from '../../src/map/basemap-style.ts';
import { TILE_PROTOCOL } from '../../src/map/tile-loader.ts';
import { BASEMAP_TILE_LAYERS, RIVER_LABEL_LEVELS, riverLabelLevels } from '../../src/map/basemap-tiling.ts';

/** Where the page would be (in the app, document.baseURI). */
const PAGE = 'http://127.0.0.1:4173/app/';
const style: StyleSpecification = createBasemapStyle(PAGE);

/** Whether a URL stays on the page's server. */
const isSameOrigin = (url: string): boolean => new URL(url, PAGE).origin === new URL(PAGE).origin;

/** A source's tile address, without the app's protocol (src/map/tile-loader.ts) before it. */
const tileUrl = (sourceId: string, from: StyleSpecification = style): string => {
  const source = from.sources[sourceId];
  if (source?.type !== 'vector' || source.tiles?.length !== 1)
    throw new Error(`source ${sourceId} is not one tile set`);
  const [url = ''] = source.tiles;
  expect(url.startsWith(`${TILE_PROTOCOL}://`), url).toBe(true);
  return url.slice(`${TILE_PROTOCOL}://`.length);
};

describe('createBasemapStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('asks nothing of any server but the page’s own', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    const fontUrls = Object.values(style['font-faces'] ?? {}).flatMap((faces) =>
      typeof faces === 'string' ? [faces] : faces.map((face) => face.url),
    );
    const urls = [...Object.keys(style.sources).map((id) => tileUrl(id)), ...fontUrls];
    expect(urls.length).toBeGreaterThan(2);
    for (const url of urls) expect(isSameOrigin(url), url).toBe(true);
    expect(Object.keys(style.sources)).toEqual(['basemap']);
  });

  it('declares a font face for every font used in text-font', () => {
    const declared = Object.keys(style['font-faces'] ?? {});
    for (const layer of style.layers) {
      if (layer.type !== 'symbol') continue;
      const fonts = layer.layout?.['text-font'];
      // Plain arrays only: an expression here would hide fonts from this check.
      expect(Array.isArray(fonts) && fonts.every((f) => typeof f === 'string'), layer.id).toBe(true);
      for (const font of fonts as string[]) expect(declared, `${layer.id}: ${font}`).toContain(font);
    }
  });

  it('credits Natural Earth on every source and names every layer basemap-…', () => {
    for (const source of Object.values(style.sources)) {
      expect(source).toHaveProperty('attribution', BASEMAP_ATTRIBUTION);
    }
    for (const layer of style.layers) expect(layer.id).toMatch(/^basemap-/);
  });

  it('leaves the towns it is given out of its town layers, and changes no other layer', () => {
    const named: ExpressionSpecification = ['in', ['get', 'name'], ['literal', ['Gao']]];
    const narrowed = createBasemapStyle(PAGE, named);
    expect(validateStyleMin(narrowed)).toEqual([]);
    const towns: readonly string[] = BASEMAP_TOGGLE_LAYERS.towns;
    for (const [index, layer] of narrowed.layers.entries()) {
      const plain = style.layers[index];
      if (!plain || !('filter' in layer) || !towns.includes(layer.id)) expect(layer).toEqual(plain);
      else expect(layer.filter).toEqual(['all', 'filter' in plain ? plain.filter : undefined, ['!', named]]);
    }
    expect(narrowed.layers.filter((layer) => towns.includes(layer.id))).toHaveLength(towns.length);
  });

  it('has every layer the toggle control switches', () => {
    const ids = new Set(style.layers.map((layer) => layer.id));
    for (const id of [...BASEMAP_TOGGLE_LAYERS.rivers, ...BASEMAP_TOGGLE_LAYERS.towns]) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(BASEMAP_TOGGLE_LAYERS.rivers).not.toContain('basemap-lakes');
  });

  it('resolves the tiles’ folder against the base it is given, and keeps the {z}/{x}/{y} template as it is', () => {
    const built = createBasemapStyle('https://example.org/app/');
    expect(tileUrl('basemap', built)).toMatch(/^https:\/\/example\.org\/app\/[\w/-]+\/\{z\}\/\{x\}\/\{y\}\.pbf$/);
  });

  it('reads only tile layers that exist, never below the zoom from which tiles hold them', () => {
    for (const layer of style.layers) {
      if (layer.type === 'background') continue;
      const name = layer['source-layer'] as keyof typeof BASEMAP_TILE_LAYERS;
      expect(Object.keys(BASEMAP_TILE_LAYERS), layer.id).toContain(name);
      expect(layer.minzoom ?? 0, layer.id).toBeGreaterThanOrEqual(BASEMAP_TILE_LAYERS[name].minzoom);
    }
  });

  it('names rivers along a level of detail that the tiles of that zoom hold', () => {
    const levelAt = (zoom: number) => RIVER_LABEL_LEVELS.findLast((level) => level.from <= zoom)?.detail;
    for (let zoom = 0; zoom <= 12; zoom += 0.25) {
      const level = levelAt(zoom);
      expect(level, String(zoom)).toBeDefined();
      expect(riverLabelLevels(Math.min(Math.floor(zoom), 7)), String(zoom)).toContain(level);
    }
    expect(riverLabelLevels(4)).toEqual(['low']);
    expect(riverLabelLevels(6)).toEqual(['medium']);
    expect(riverLabelLevels(7)).toEqual(['medium', 'high']);
  });
});
