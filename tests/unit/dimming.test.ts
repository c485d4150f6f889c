import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { DataLayer } from '../../src/layers/data-layer.ts';
import { placesLayer } from '../../src/layers/places-layer.ts';
import { dimInactiveFeatures } from '../../src/map/dimming.ts';
import { minimalDataset } from '../fixtures/minimal-dataset.ts';

const dataset = minimalDataset();

/** A map that only records the feature states it is given. */
function recordingMap() {
  const calls: { id: string | number | undefined; dimmed: unknown }[] = [];
  const map = {
    setFeatureState: (feature: { id?: string | number }, state: { dimmed: unknown }) =>
      calls.push({ id: feature.id, dimmed: state.dimmed }),
  } as unknown as MapLibreMap;
  return { map, calls };
}

describe('dimInactiveFeatures', () => {
  const layers: DataLayer[] = [placesLayer];
  const ids = dataset.places.features.map((f) => f.properties.id);

  it('sets no state while nothing is dimmed (a feature without state is drawn undimmed), then only changes', () => {
    const { map, calls } = recordingMap();
    const shown = new Map<string, boolean>();
    dimInactiveFeatures(map, layers, dataset, new Set(ids), shown);
    expect(calls).toEqual([]);

    calls.length = 0;
    dimInactiveFeatures(map, layers, dataset, new Set(ids), shown);
    expect(calls).toEqual([]);

    const [first, ...rest] = ids;
    dimInactiveFeatures(map, layers, dataset, new Set(rest), shown);
    expect(calls).toEqual([{ id: first, dimmed: true }]);

    calls.length = 0;
    dimInactiveFeatures(map, layers, dataset, new Set(ids), shown);
    expect(calls).toEqual([{ id: first, dimmed: false }]);
  });

  it('sets the dimmed features the first time, and only those', () => {
    const { map, calls } = recordingMap();
    const [first, ...rest] = ids;
    dimInactiveFeatures(map, layers, dataset, new Set(rest), new Map());
    expect(calls).toEqual([{ id: first, dimmed: true }]);
  });
});
