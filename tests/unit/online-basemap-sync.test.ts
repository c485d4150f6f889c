import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  DEFAULT_FALLBACK,
  fallbackMessage,
  ONLINE_BASEMAP_LAYER_ID,
  ONLINE_BASEMAP_SOURCE_ID,
  rasterBeforeId,
  syncOnlineBasemap,
} from '../../src/map/online-basemap-sync.ts';
import { ONLINE_BASEMAPS } from '../../src/state/online-basemaps.ts';
import { defaultState, type AppState } from '../../src/state/app-state.ts';
import { createStore, type Store } from '../../src/state/store.ts';

describe('rasterBeforeId', () => {
  const layers = [
    'basemap-background',
    'basemap-land',
    'basemap-country-borders',
    'basemap-mali-label',
    'corridor-casing',
    'places-halo',
  ];

  it('puts the tiles under the first data layer', () => {
    expect(rasterBeforeId(layers, null)).toBe('corridor-casing');
  });

  it('puts them under the named offline layer when the style has it, else under the data', () => {
    expect(rasterBeforeId(layers, 'basemap-country-borders')).toBe('basemap-country-borders');
    expect(rasterBeforeId(layers, 'basemap-gone')).toBe('corridor-casing');
  });

  it('never before itself, and on top when there is no data layer', () => {
    expect(rasterBeforeId(['basemap-land', ONLINE_BASEMAP_LAYER_ID, 'corridor-casing'], null)).toBe('corridor-casing');
    expect(rasterBeforeId(['basemap-land'], null)).toBeUndefined();
  });
});

/** Just enough of a MapLibre map and raster source for syncOnlineBasemap, with a way to fire tile events. */
function fakeMap(layerIds: string[]) {
  type Listener = (event: { tile?: object }) => void;
  const listeners = new Map<string, Set<Listener>>();
  const source = {
    on: (type: string, listener: Listener) => listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    off: (type: string, listener: Listener) => listeners.get(type)?.delete(listener),
    fire: (type: string, event: { tile?: object } = {}) => [...(listeners.get(type) ?? [])].forEach((l) => l(event)),
  };
  const layers = [...layerIds];
  const sources = new Map<string, object>();
  const map = {
    addSource: (id: string, spec: object) => sources.set(id, spec),
    removeSource: (id: string) => sources.delete(id),
    getSource: (id: string) => (sources.has(id) ? source : undefined),
    addLayer: (layer: { id: string }, beforeId?: string) =>
      layers.splice(beforeId ? layers.indexOf(beforeId) : layers.length, 0, layer.id),
    removeLayer: (id: string) => layers.splice(layers.indexOf(id), 1),
    getLayer: (id: string) => (layers.includes(id) ? { id } : undefined),
    getLayersOrder: () => [...layers],
  };
  return {
    map: map as unknown as MapLibreMap,
    layers,
    sources,
    tileLoaded: () => source.fire('data', { tile: {} }),
    tileFailed: () => source.fire('error', { tile: {} }),
    listenerCount: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
  };
}

describe('syncOnlineBasemap', () => {
  const STYLE = ['basemap-land', 'basemap-country-borders', 'basemap-mali-label', 'corridor-casing'];
  let store: Store<AppState>;
  let notify: Mock<(message: string) => void>;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    store = createStore(defaultState());
    notify = vi.fn<(message: string) => void>();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('adds nothing for the offline default', () => {
    const fake = fakeMap(STYLE);
    syncOnlineBasemap(fake.map, store, notify);
    expect(fake.layers).toEqual(STYLE);
    expect(fake.sources.size).toBe(0);
  });

  it('adds the chosen provider as a raster source with its credit, and its layer in place', () => {
    const fake = fakeMap(STYLE);
    syncOnlineBasemap(fake.map, store, notify);
    store.set({ basemap: 'streets' });
    expect(fake.sources.get(ONLINE_BASEMAP_SOURCE_ID)).toEqual({
      type: 'raster',
      tiles: [ONLINE_BASEMAPS.streets.tiles],
      tileSize: 256,
      maxzoom: 19,
      attribution: ONLINE_BASEMAPS.streets.attribution,
    });
    expect(fake.layers).toEqual([
      'basemap-land',
      'basemap-country-borders',
      'basemap-mali-label',
      ONLINE_BASEMAP_LAYER_ID,
      'corridor-casing',
    ]);
    store.set({ basemap: 'satellite' });
    expect(fake.layers).toEqual([
      'basemap-land',
      ONLINE_BASEMAP_LAYER_ID,
      'basemap-country-borders',
      'basemap-mali-label',
      'corridor-casing',
    ]);
    expect(fake.sources.size).toBe(1);
  });

  it('removes layer, source and listeners when the store goes back to offline', () => {
    const fake = fakeMap(STYLE);
    syncOnlineBasemap(fake.map, store, notify);
    store.set({ basemap: 'streets' });
    expect(fake.listenerCount()).toBe(2);
    store.set({ basemap: 'offline' });
    expect(fake.layers).toEqual(STYLE);
    expect(fake.sources.size).toBe(0);
    expect(fake.listenerCount()).toBe(0);
    vi.advanceTimersByTime(DEFAULT_FALLBACK.timeoutMs * 2);
    expect(notify).not.toHaveBeenCalled();
  });

  it(`falls back after ${DEFAULT_FALLBACK.errorsInARow} tile errors in a row, telling the reader once`, async () => {
    const fake = fakeMap(STYLE);
    syncOnlineBasemap(fake.map, store, notify);
    store.set({ basemap: 'streets' });
    for (let i = 1; i < DEFAULT_FALLBACK.errorsInARow; i++) fake.tileFailed();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.get().basemap).toBe('streets');
    fake.tileFailed();
    fake.tileFailed();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.get().basemap).toBe('offline');
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith(fallbackMessage(ONLINE_BASEMAPS.streets));
    expect(notify.mock.calls[0]?.[0]).toBe('Streets could not be loaded; showing the offline map.');
    expect(fake.layers).toEqual(STYLE);
    expect(fake.sources.size).toBe(0);
  });

  it('does not fall back for a failed tile among loaded ones', async () => {
    const fake = fakeMap(STYLE);
    syncOnlineBasemap(fake.map, store, notify);
    store.set({ basemap: 'satellite' });
    for (let i = 0; i < 10; i++) {
      fake.tileFailed();
      fake.tileFailed();
      fake.tileLoaded();
    }
    await vi.advanceTimersByTimeAsync(DEFAULT_FALLBACK.timeoutMs * 2);
    expect(store.get().basemap).toBe('satellite');
    expect(notify).not.toHaveBeenCalled();
  });

  it(`falls back when no tile has loaded after ${DEFAULT_FALLBACK.timeoutMs} ms, and not before`, async () => {
    const fake = fakeMap(STYLE);
    syncOnlineBasemap(fake.map, store, notify);
    store.set({ basemap: 'satellite' });
    await vi.advanceTimersByTimeAsync(DEFAULT_FALLBACK.timeoutMs - 1);
    expect(store.get().basemap).toBe('satellite');
    await vi.advanceTimersByTimeAsync(1);
    expect(store.get().basemap).toBe('offline');
    expect(notify).toHaveBeenCalledWith('Satellite could not be loaded; showing the offline map.');
    expect(fake.sources.size).toBe(0);
  });

  it('keeps a provider that has loaded a tile, however long the others take', async () => {
    const fake = fakeMap(STYLE);
    syncOnlineBasemap(fake.map, store, notify);
    store.set({ basemap: 'streets' });
    await vi.advanceTimersByTimeAsync(DEFAULT_FALLBACK.timeoutMs - 100);
    fake.tileLoaded();
    await vi.advanceTimersByTimeAsync(DEFAULT_FALLBACK.timeoutMs * 3);
    expect(store.get().basemap).toBe('streets');
    expect(notify).not.toHaveBeenCalled();
  });

  it('takes its numbers from the options', async () => {
    const fake = fakeMap(STYLE);
    syncOnlineBasemap(fake.map, store, notify, { timeoutMs: 50, errorsInARow: 1 });
    store.set({ basemap: 'streets' });
    fake.tileFailed();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.get().basemap).toBe('offline');
    store.set({ basemap: 'satellite' });
    await vi.advanceTimersByTimeAsync(50);
    expect(store.get().basemap).toBe('offline');
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('applies a basemap the store starts with, and stops when told', () => {
    const fake = fakeMap(STYLE);
    store.set({ basemap: 'satellite' });
    const stop = syncOnlineBasemap(fake.map, store, notify);
    expect(fake.sources.has(ONLINE_BASEMAP_SOURCE_ID)).toBe(true);
    stop();
    expect(fake.sources.size).toBe(0);
    store.set({ basemap: 'streets' });
    expect(fake.sources.size).toBe(0);
  });
});
