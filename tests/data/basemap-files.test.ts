/**
 * The offline basemap style against the files in geodata/basemap/ its tiles are cut from: every property a layer
 * reads is in every feature, and every letter of every label is in a declared font file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { createBasemapStyle } from '../../src/map/basemap-style.ts';
import { BASEMAP_TILE_LAYERS, type BasemapTileLayer } from '../../src/map/basemap-tiling.ts';

const BASEMAP = join(import.meta.dirname, '../../geodata/basemap');
// Any base will do: the layers are matched to their files by their tile layer's name.
const style: StyleSpecification = createBasemapStyle('http://127.0.0.1/');

/** The features of the file a layer's tile layer is cut from (src/map/basemap-tiling.ts). */
const sourceFeatures = (layer: LayerSpecification): { properties: Record<string, unknown> }[] => {
  if (!('source-layer' in layer)) throw new Error(`${layer.id} reads no tile layer`);
  const file = BASEMAP_TILE_LAYERS[layer['source-layer'] as BasemapTileLayer].file;
  return (
    JSON.parse(readFileSync(join(BASEMAP, file), 'utf8')) as { features: { properties: Record<string, unknown> }[] }
  ).features;
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

describe('the offline basemap on geodata/basemap/', () => {
  it('reads only properties every feature of its file has', () => {
    for (const layer of style.layers) {
      if (layer.type === 'background') continue;
      const features = sourceFeatures(layer);
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
      for (const feature of sourceFeatures(layer)) {
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
});
