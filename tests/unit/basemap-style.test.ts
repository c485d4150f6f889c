// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP_ATTRIBUTION, BASEMAP_TOGGLE_LAYERS, createBasemapStyle } from '../../src/map/basemap-style.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const style: StyleSpecification = createBasemapStyle();
const pageOrigin = new URL(document.baseURI).origin;

/** Whether a URL stays on the page's server. */
const isSameOrigin = (url: string): boolean => new URL(url, document.baseURI).origin === pageOrigin;

const sourceUrl = (sourceId: string): string => {
  const source = style.sources[sourceId];
  if (source?.type !== 'geojson' || typeof source.data !== 'string') {
    throw new Error(`source ${sourceId} is not GeoJSON loaded from a URL`);
  }
  return source.data;
};

/** The features of the file a source loads, read from geodata/basemap/ (`?url` gives its path here). */
const sourceFeatures = (sourceId: string): { properties: Record<string, unknown> }[] => {
  const path = join(ROOT, new URL(sourceUrl(sourceId)).pathname);
  return (JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: Record<string, unknown> }[] }).features;
};

/** Whether a CSS-style unicode-range list (`U+0-FF`, `U+131`) covers a code point. */
const rangesCover = (ranges: string[], codePoint: number): boolean =>
  ranges.some((range) => {
    const [start = '', end = start] = range.replace(/^U\+/i, '').split('-');
    return codePoint >= parseInt(start, 16) && codePoint <= parseInt(end, 16);
  });

/** Every `["get", name]` in a layer (filter, layout and paint). */
const propertiesRead = (layer: LayerSpecification): Set<string> => {
  const names = new Set<string>();
  const walk = (value: unknown): void => {
    if (!Array.isArray(value)) {
      if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
      return;
    }
    if (value[0] === 'get' && typeof value[1] === 'string') names.add(value[1]);
    value.forEach(walk);
  };
  walk(layer);
  return names;
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

  it('reads only properties every feature of its file has', () => {
    for (const layer of style.layers) {
      if (!('source' in layer) || typeof layer.source !== 'string') continue;
      const features = sourceFeatures(layer.source);
      for (const name of propertiesRead(layer)) {
        const missing = features.findIndex((f) => !(name in f.properties));
        expect(missing, `${layer.id} reads "${name}", missing in feature ${missing}`).toBe(-1);
      }
    }
  });

  it('draws every letter of every label from a declared Noto Sans file', () => {
    const faces = style['font-faces'] ?? {};
    let checked = 0;
    for (const layer of style.layers) {
      if (layer.type !== 'symbol') continue;
      const fonts = (layer.layout?.['text-font'] ?? []) as string[];
      const ranges = fonts.flatMap((font) => {
        const declared = faces[font];
        return typeof declared === 'object' ? declared.flatMap((face) => face['unicode-range'] ?? []) : [];
      });
      for (const feature of sourceFeatures(layer.source)) {
        const name = String(feature.properties.name);
        for (const char of name + name.toUpperCase()) {
          const codePoint = char.codePointAt(0) ?? 0;
          expect(rangesCover(ranges, codePoint), `${layer.id}: "${char}" in ${name}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('resolves file URLs against the base it is given', () => {
    const built = createBasemapStyle('https://example.org/app/');
    for (const id of Object.keys(built.sources)) {
      const source = built.sources[id];
      expect(source?.type === 'geojson' && String(source.data)).toMatch(/^https:\/\/example\.org\//);
    }
  });
});
