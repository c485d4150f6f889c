import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { LayerToggleGroup } from '../../src/layers/data-layer.ts';
import { narrowedFilter, syncLayerVisibility } from '../../src/map/layer-visibility.ts';
import { defaultState } from '../../src/state/app-state.ts';
import { createStore } from '../../src/state/store.ts';

const town: ExpressionSpecification = ['==', ['get', 'kind'], 'town'];
const city: ExpressionSpecification = ['==', ['get', 'kind'], 'city'];
const hasHalo: FilterSpecification = ['>', ['get', 'haloPx'], 0];

describe('narrowedFilter', () => {
  it('keeps the layer’s own filter when nothing is hidden', () => {
    expect(narrowedFilter(hasHalo, [])).toEqual(hasHalo);
    expect(narrowedFilter(undefined, [])).toBeNull();
  });

  it('takes out every hidden kind, on top of the layer’s own filter', () => {
    expect(narrowedFilter(hasHalo, [town, city])).toEqual(['all', hasHalo, ['!', town], ['!', city]]);
    expect(narrowedFilter(undefined, [town])).toEqual(['all', ['!', town]]);
  });
});

/** A map of named layers that keeps their visibility and filters and records every change. */
function fakeMap(filters: Record<string, FilterSpecification | undefined>) {
  const visibility = new Map<string, string>();
  const current = new Map(Object.entries(filters));
  const changes: string[] = [];
  const map = {
    getLayer: (id: string) => (current.has(id) ? { id } : undefined),
    getFilter: (id: string) => current.get(id),
    setFilter: (id: string, filter: FilterSpecification | null) => {
      current.set(id, filter ?? undefined);
      changes.push(`filter ${id}`);
    },
    getLayoutProperty: (id: string) => visibility.get(id),
    setLayoutProperty: (id: string, _name: string, value: string) => {
      visibility.set(id, value);
      changes.push(`${value} ${id}`);
    },
  } as unknown as MapLibreMap;
  return { map, current, visibility, changes };
}

const swatch = { shape: 'circle', color: '#000' } as const;
const groups: LayerToggleGroup[] = [
  {
    title: 'Places',
    toggles: [
      { key: 'places-town', label: 'Towns', swatch, layerIds: ['halo', 'circle'], features: town },
      { key: 'places-city', label: 'Cities', swatch, layerIds: ['halo', 'circle'], features: city },
      { key: 'stations', label: 'Stations', swatch, layerIds: ['stations'] },
    ],
  },
];

describe('syncLayerVisibility', () => {
  it('hides a kind by filter, keeps the layers’ own filters, and restores them', () => {
    const { map, current, visibility, changes } = fakeMap({ halo: hasHalo, circle: undefined, stations: undefined });
    const store = createStore({ ...defaultState(), hiddenLayers: ['places-town'] });
    syncLayerVisibility(map, store, groups);
    expect(current.get('halo')).toEqual(['all', hasHalo, ['!', town]]);
    expect(current.get('circle')).toEqual(['all', ['!', town]]);
    // Shown already: no visibility is set on it (see the test below).
    expect(visibility.get('circle')).toBeUndefined();

    store.set({ hiddenLayers: ['places-town', 'places-city', 'stations'] });
    expect(current.get('circle')).toEqual(['all', ['!', town], ['!', city]]);
    expect(visibility.get('stations')).toBe('none');

    changes.length = 0;
    store.set({ hiddenLayers: [] });
    expect(current.get('halo')).toEqual(hasHalo);
    expect(current.get('circle')).toBeUndefined();
    expect(visibility.get('stations')).toBe('visible');
    expect(changes.sort()).toEqual(['filter circle', 'filter halo', 'visible stations']);
  });

  it('leaves alone a shown layer with no visibility of its own: setting one would lay out its tiles again', () => {
    const { map, changes } = fakeMap({ halo: hasHalo, circle: undefined, stations: undefined });
    const store = createStore(defaultState());
    syncLayerVisibility(map, store, groups);
    expect(changes).toEqual([]);
    store.set({ hiddenLayers: ['stations'] });
    expect(changes).toEqual(['none stations']);
  });

  it('sets no filter while no kind is hidden', () => {
    const { map, changes } = fakeMap({ halo: hasHalo, circle: undefined, stations: undefined });
    syncLayerVisibility(map, createStore(defaultState()), groups);
    expect(changes.filter((change) => change.startsWith('filter'))).toEqual([]);
  });
});
