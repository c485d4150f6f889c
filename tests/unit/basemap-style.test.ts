// The style's contents; tests/data/basemap-files.test.ts checks it against the files in geodata/basemap/.
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_ATTRIBUTION, BASEMAP_TOGGLE_LAYERS, createBasemapStyle } from '../../src/map/basemap-style.ts';

/** Where the page would be (in the app, document.baseURI). */
const PAGE = 'http://127.0.0.1:4173/app/';
const style: StyleSpecification = createBasemapStyle(PAGE);

/** Whether a URL stays on the page's server. */
const isSameOrigin = (url: string): boolean => new URL(url, PAGE).origin === new URL(PAGE).origin;

const sourceUrl = (sourceId: string): string => {
  const source = style.sources[sourceId];
  if (source?.type !== 'geojson' || typeof source.data !== 'string') {
    throw new Error(`source ${sourceId} is not GeoJSON loaded from a URL`);
  }
  return source.data;
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
    const urls = [...Object.keys(style.sources).map(sourceUrl), ...fontUrls];
    expect(urls.length).toBeGreaterThan(6);
    for (const url of urls) expect(isSameOrigin(url), url).toBe(true);
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
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

  it('has every layer the toggle control switches', () => {
    const ids = new Set(style.layers.map((layer) => layer.id));
    for (const id of [...BASEMAP_TOGGLE_LAYERS.rivers, ...BASEMAP_TOGGLE_LAYERS.towns]) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(BASEMAP_TOGGLE_LAYERS.rivers).not.toContain('basemap-lakes');
  });

  it('resolves file URLs against the base it is given', () => {
    const built = createBasemapStyle('https://example.org/app/');
    for (const id of Object.keys(built.sources)) {
      const source = built.sources[id];
      expect(source?.type === 'geojson' && String(source.data)).toMatch(/^https:\/\/example\.org\//);
    }
  });
});
