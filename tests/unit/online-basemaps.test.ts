// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { BasemapControl } from '../../src/controls/basemap-control.ts';
import {
  DEFAULT_FALLBACK,
  fallbackMessage,
  ONLINE_BASEMAP_LAYER_ID,
  ONLINE_BASEMAP_SOURCE_ID,
  rasterBeforeId,
  syncOnlineBasemap,
} from '../../src/map/online-basemap-sync.ts';
import { ONLINE_BASEMAPS } from '../../src/map/online-basemaps.ts';
import { createNotice } from '../../src/notice.ts';
import { defaultState, type AppState } from '../../src/state/app-state.ts';
import { createStore, type Store } from '../../src/state/store.ts';

const PROVIDERS = Object.values(ONLINE_BASEMAPS);

/** The text and links of an attribution, as MapLibre's attribution control shows it. */
function renderAttribution(html: string): { text: string; links: HTMLAnchorElement[] } {
  const template = document.createElement('template');
  template.innerHTML = html;
  return { text: template.content.textContent ?? '', links: [...template.content.querySelectorAll('a')] };
}

describe('the online basemap providers', () => {
  it('are Streets and Satellite', () => {
    expect(Object.keys(ONLINE_BASEMAPS)).toEqual(['streets', 'satellite']);
    for (const [id, provider] of Object.entries(ONLINE_BASEMAPS)) expect(provider.id).toBe(id);
  });

  it.each(PROVIDERS)('$label has an https tile URL with {z}, {x} and {y} once each, and no key', (provider) => {
    expect(provider.tiles).toMatch(/^https:\/\//);
    for (const part of ['{z}', '{x}', '{y}']) expect(provider.tiles.split(part)).toHaveLength(2);
    expect(provider.tiles).not.toMatch(/key|token/i);
    expect(new URL(provider.tiles.replace(/[{}]/g, '')).protocol).toBe('https:');
  });

  it('Streets is the OpenStreetMap standard tile server, to zoom 19', () => {
    expect(ONLINE_BASEMAPS.streets.tiles).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(ONLINE_BASEMAPS.streets.maxzoom).toBe(19);
  });

  it('Satellite is EOX Sentinel-2 cloudless 2016 (the CC BY layer), row before column, to zoom 14', () => {
    expect(ONLINE_BASEMAPS.satellite.tiles).toBe(
      'https://tiles.maps.eox.at/wmts/1.0.0/s2cloudless_3857/default/g/{z}/{y}/{x}.jpg',
    );
    expect(ONLINE_BASEMAPS.satellite.maxzoom).toBe(14);
    expect(ONLINE_BASEMAPS.satellite.terms).toMatch(/CC BY 4\.0/);
  });

  it.each(PROVIDERS)('$label has a tile size and a max zoom MapLibre accepts', (provider) => {
    expect(provider.tileSize).toBe(256);
    expect(Number.isInteger(provider.maxzoom)).toBe(true);
    expect(provider.maxzoom).toBeGreaterThanOrEqual(10);
    expect(provider.maxzoom).toBeLessThanOrEqual(22);
  });

  it('Streets credits © OpenStreetMap contributors, linked to the copyright page', () => {
    const { text, links } = renderAttribution(ONLINE_BASEMAPS.streets.attribution);
    expect(text).toBe('© OpenStreetMap contributors');
    expect(links.map((a) => a.href)).toEqual(['https://www.openstreetmap.org/copyright']);
  });

  it("Satellite credits EOX in EOX's words, with the year of the Copernicus data", () => {
    const { text } = renderAttribution(ONLINE_BASEMAPS.satellite.attribution);
    expect(text).toBe(
      'Sentinel-2 cloudless – https://s2maps.eu by EOX IT Services GmbH (Contains modified Copernicus Sentinel data 2016 & 2017)',
    );
  });

  it.each(PROVIDERS)("$label's credit links are https and open safely in a new tab", (provider) => {
    const { links } = renderAttribution(provider.attribution);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(new URL(link.href).protocol).toBe('https:');
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
  });
});

describe('rasterBeforeId', () => {
  const layers = [
    'basemap-background',
    'basemap-land',
    'basemap-country-borders',
    'basemap-mali-label',
    'corridor-casing',
    'places-circle-city',
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

describe('BasemapControl', () => {
  let store: Store<AppState>;
  let control: BasemapControl;
  let element: HTMLElement;
  const radio = (value: string) => element.querySelector<HTMLInputElement>(`input[type=radio][value="${value}"]`);
  const checked = () =>
    [...element.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter((r) => r.checked).map((r) => r.value);

  beforeEach(() => {
    store = createStore(defaultState());
    control = new BasemapControl(store, { open: true });
    element = control.onAdd();
    document.body.append(element);
  });
  afterEach(() => {
    control.onRemove();
  });

  it('is a group named "Basemap" of three labelled radios, Offline first', () => {
    const group = element.querySelector('fieldset');
    expect(group?.getAttribute('aria-label')).toBe('Basemap');
    const radios = [...element.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual(['Offline', 'Streets', 'Satellite']);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
  });

  it('shows the store: Offline by default, then whatever the store says, in the radios and the summary', () => {
    const summary = () => element.querySelector('summary')?.textContent;
    expect(checked()).toEqual(['offline']);
    expect(summary()).toBe('Basemap: Offline');
    store.set({ basemap: 'satellite' });
    expect(checked()).toEqual(['satellite']);
    expect(summary()).toBe('Basemap: Satellite');
    store.set({ basemap: 'offline' });
    expect(checked()).toEqual(['offline']);
  });

  it('starts closed unless asked to start open', () => {
    expect(element.querySelector('details')?.open).toBe(true);
    const closed = new BasemapControl(store).onAdd();
    expect(closed.querySelector('details')?.open).toBe(false);
  });

  it('writes the choice to the store', () => {
    radio('streets')?.click();
    expect(store.get().basemap).toBe('streets');
    radio('offline')?.click();
    expect(store.get().basemap).toBe('offline');
  });

  it('tells, on the online choices, that they load from the internet', () => {
    const describedBy = radio('streets')?.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toMatch(/internet/);
    expect(radio('offline')?.hasAttribute('aria-describedby')).toBe(false);
  });

  it('stops following the store once removed', () => {
    control.onRemove();
    store.set({ basemap: 'streets' });
    expect(checked()).toEqual(['offline']);
    expect(element.isConnected).toBe(false);
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

describe('createNotice', () => {
  let parent: HTMLElement;
  const status = () => parent.querySelector('[role="status"]');
  const dismissButton = () => parent.querySelector<HTMLButtonElement>('button');

  beforeEach(() => {
    vi.useFakeTimers();
    parent = document.createElement('div');
    document.body.append(parent);
  });
  afterEach(() => {
    vi.useRealTimers();
    parent.remove();
  });

  it('keeps an empty role="status" region in the page until there is something to say', () => {
    createNotice(parent);
    expect(status()?.textContent).toBe('');
    expect(dismissButton()?.hidden).toBe(true);
  });

  it('shows a message as text, never as HTML, with a labelled Dismiss button', () => {
    const notice = createNotice(parent);
    notice.show('<b>Streets</b> could not be loaded');
    expect(status()?.textContent).toBe('<b>Streets</b> could not be loaded');
    expect(status()?.querySelector('b')).toBeNull();
    const button = dismissButton();
    expect(button?.hidden).toBe(false);
    expect(button?.type).toBe('button');
    expect(button?.getAttribute('aria-label')).toBe('Dismiss notice');
    expect(button?.title).toBe('Dismiss');
  });

  it('hides itself after 8 s by default', () => {
    const notice = createNotice(parent);
    notice.show('Hello');
    vi.advanceTimersByTime(7999);
    expect(status()?.textContent).toBe('Hello');
    vi.advanceTimersByTime(1);
    expect(status()?.textContent).toBe('');
    expect(dismissButton()?.hidden).toBe(true);
  });

  it('waits while the pointer is on it, and restarts the wait for a new message', () => {
    const notice = createNotice(parent, { hideAfterMs: 1000 });
    const box = parent.firstElementChild;
    notice.show('One');
    box?.dispatchEvent(new MouseEvent('mouseenter'));
    vi.advanceTimersByTime(5000);
    expect(status()?.textContent).toBe('One');
    box?.dispatchEvent(new MouseEvent('mouseleave'));
    vi.advanceTimersByTime(600);
    notice.show('Two');
    vi.advanceTimersByTime(600);
    expect(status()?.textContent).toBe('Two');
    vi.advanceTimersByTime(400);
    expect(status()?.textContent).toBe('');
  });

  it('hides at once when dismissed', () => {
    const notice = createNotice(parent);
    notice.show('Hello');
    dismissButton()?.click();
    expect(status()?.textContent).toBe('');
  });
});
