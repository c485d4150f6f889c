// The basemap towns the data layers name themselves, as the basemap's town filters evaluate them.
import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { townsNamedByData } from '../../src/layers/towns-named.ts';
import type { DataLayer } from '../../src/layers/data-layer.ts';
import type { Dataset } from '../../src/data/types.ts';
import { narrowedFilter } from '../../src/map/layer-visibility.ts';

/** A data layer that names `names` from `minZoom` on; nothing else of it is read. */
const naming = (names: string[], minZoom: number) => ({ names: () => names, minZoom }) as unknown as DataLayer;
const dataset = {} as Dataset;
const layers = [naming(['Bamako', 'Gao'], 0), naming([], 0), naming(['Kayes', 'Bamako'], 6)];

/** Whether the basemap draws a town called `name` at `zoom` once the data's towns are left out. */
function basemapDraws(name: string, zoom: number): boolean {
  const filter = narrowedFilter(['==', ['get', 'kind'], 'town'], [townsNamedByData(layers, dataset)]) ?? undefined;
  return featureFilter(filter, 'layers[0].filter').filter({ zoom }, {
    type: 1,
    properties: { name, kind: 'town' },
  } as never);
}

describe('townsNamedByData', () => {
  it('leaves out a place the data names at every zoom, and a station only from its layer’s zoom', () => {
    expect(basemapDraws('Bamako', 3)).toBe(false);
    expect(basemapDraws('Gao', 9)).toBe(false);
    expect(basemapDraws('Kayes', 5)).toBe(true);
    expect(basemapDraws('Kayes', 6)).toBe(false);
    expect(basemapDraws('Tombouctou', 8)).toBe(true);
  });

  it('given the basemap’s towns, names only those, and leaves out a layer left with none', () => {
    expect(townsNamedByData(layers, dataset, new Set(['Gao', 'Kidal']))).toEqual([
      'any',
      false,
      ['in', ['get', 'name'], ['literal', ['Gao']]],
    ]);
  });

  it('matches nothing when no layer names anything', () => {
    expect(townsNamedByData([naming([], 0)], dataset)).toEqual(['any', false]);
  });
});
