// MapLibre compiles one WebGL program per shader and per pattern of paint properties: each
// property is one value for the layer (u), a value per feature (a) or per feature and zoom (z)
// (its ProgramConfiguration's cache key). Every program is a compile before the frame that first
// needs it, tens of ms with software rendering, so the data layers should draw with the programs
// the basemap already has (the theme's `perFeature`).
import { expression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { DATA_LAYERS } from '../../src/layers/data-layers.ts';
import { createBasemapStyle } from '../../src/map/basemap-style.ts';
import { minimalDataset } from '../fixtures/minimal-dataset.ts';

const isDataDriven = (spec: StylePropertySpecification): boolean =>
  spec['property-type'] === 'data-driven' || spec['property-type'] === 'cross-faded-data-driven';

/** u, a or z for one paint value, as MapLibre's ProgramConfiguration decides it. */
function binding(value: unknown, spec: StylePropertySpecification, where: string): string {
  if (value === undefined || !expression.isExpression(value)) return 'u';
  const parsed = expression.createPropertyExpression(value, where, spec);
  if (parsed.result === 'error') throw new Error(`${where}: ${parsed.value.map((e) => e.message).join('; ')}`);
  const { kind } = parsed.value;
  if (kind === 'constant' || kind === 'camera') return 'u';
  return kind === 'source' || spec['property-type'] === 'cross-faded-data-driven' ? 'a' : 'z';
}

/** The program a circle, line or text layer draws with, or null for other layers. */
function programOf(layer: LayerSpecification): string | null {
  if (layer.type !== 'circle' && layer.type !== 'line' && layer.type !== 'symbol') return null;
  const paint: Record<string, unknown> = layer.paint ?? {};
  const shader =
    layer.type === 'symbol' ? 'symbolSDF' : layer.type === 'line' && paint['line-dasharray'] ? 'lineSDF' : layer.type;
  // The reference's own types are looser than the properties' spec type they describe.
  const specs = latest[`paint_${layer.type}`] as unknown as Record<string, StylePropertySpecification>;
  const keys = Object.entries(specs)
    .filter(([property, spec]) => isDataDriven(spec) && (layer.type !== 'symbol' || property.startsWith('text')))
    .map(([property, spec]) => `${binding(paint[property], spec, `${layer.id}.${property}`)}_${property}`);
  return `${shader} ${keys.sort().join(' ')}`;
}

/** The layers the data layers add to a map. */
function dataLayerSpecs(): LayerSpecification[] {
  const added: LayerSpecification[] = [];
  const map = { addSource: () => undefined, addLayer: (layer: LayerSpecification) => added.push(layer) };
  for (const layer of DATA_LAYERS) layer.add(map as unknown as MapLibreMap, minimalDataset());
  return added;
}

const basemapLayers = createBasemapStyle('http://127.0.0.1:4173/').layers;
const dataLayers = dataLayerSpecs();
const programs = (layers: LayerSpecification[], shader: string): Set<string> =>
  new Set(layers.map(programOf).filter((key): key is string => key?.startsWith(`${shader} `) ?? false));

describe('WebGL programs', () => {
  it('draws every circle of the map, basemap and data, with one program', () => {
    const all = [...basemapLayers, ...dataLayers];
    expect(all.filter((layer) => layer.type === 'circle').length).toBeGreaterThanOrEqual(4);
    expect(programs(all, 'circle').size, [...programs(all, 'circle')].join('\n')).toBe(1);
  });

  it('draws every text of the map, basemap and data, with one program', () => {
    const all = [...basemapLayers, ...dataLayers];
    expect(programs(all, 'symbolSDF').size, [...programs(all, 'symbolSDF')].join('\n')).toBe(1);
  });

  it('adds no program to the basemap’s for the data layers, but the dashed corridor’s', () => {
    const basemapPrograms = new Set(basemapLayers.map(programOf));
    const own = dataLayers.filter((layer) => !basemapPrograms.has(programOf(layer))).map((layer) => layer.id);
    expect(dataLayers.length).toBeGreaterThanOrEqual(8);
    expect(own).toEqual(['corridor-line']);
  });

  it('reads each kind of paint value as MapLibre does', () => {
    const circle = (paint: Record<string, unknown>) =>
      programOf({ id: 'test', type: 'circle', source: 'test', paint } as LayerSpecification);
    expect(circle({ 'circle-radius': 4 })).toContain('u_circle-radius');
    expect(circle({ 'circle-radius': ['interpolate', ['linear'], ['zoom'], 0, 1, 9, 4] })).toContain('u_circle-radius');
    expect(circle({ 'circle-radius': ['get', 'r'] })).toContain('a_circle-radius');
    expect(circle({ 'circle-opacity': ['case', ['boolean', ['feature-state', 'dimmed'], false], 0.2, 1] })).toContain(
      'a_circle-opacity',
    );
    expect(circle({ 'circle-radius': ['interpolate', ['linear'], ['zoom'], 0, ['get', 'r'], 9, 4] })).toContain(
      'z_circle-radius',
    );
  });
});
