import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { HOLD_SOURCE_ID, holdFirstIdleForData, holdLoader } from '../../src/map/hold-first-idle.ts';

/** A map that keeps its sources and lets the test fire 'sourcedata'. */
function fakeMap() {
  const sources = new Map<string, unknown>();
  const listeners = new Set<(event: { sourceId?: string; isSourceLoaded?: boolean }) => void>();
  const map = {
    addSource: (id: string, source: unknown) => sources.set(id, source),
    getSource: (id: string) => sources.get(id),
    removeSource: (id: string) => sources.delete(id),
    on: (_: string, listener: (event: object) => void) => listeners.add(listener),
    off: (_: string, listener: (event: object) => void) => listeners.delete(listener),
  } as unknown as MapLibreMap;
  const loaded = (sourceId: string) => {
    for (const listener of [...listeners]) listener({ sourceId, isSourceLoaded: true });
  };
  return { map, sources, loaded };
}

describe('holdLoader', () => {
  it('answers only once released, with an empty collection', async () => {
    let release = () => {};
    const load = holdLoader(new Promise((resolve) => (release = resolve)));
    let answered: unknown;
    void load({ url: 'app-hold://data' }, new AbortController()).then((response) => (answered = response.data));
    await new Promise((done) => setTimeout(done, 20));
    expect(answered).toBeUndefined();
    release();
    await new Promise((done) => setTimeout(done, 0));
    expect(answered).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('holdFirstIdleForData', () => {
  it('holds when the style is in before the data, and lets go (then removes the source) once the data is drawn', () => {
    const { map, sources, loaded } = fakeMap();
    const hold = holdFirstIdleForData();
    hold.styleLoaded(map);
    expect(sources.has(HOLD_SOURCE_ID)).toBe(true);
    loaded(HOLD_SOURCE_ID);
    expect(sources.has(HOLD_SOURCE_ID)).toBe(true);
    hold.dataSettled();
    loaded('basemap');
    expect(sources.has(HOLD_SOURCE_ID)).toBe(true);
    loaded(HOLD_SOURCE_ID);
    expect(sources.has(HOLD_SOURCE_ID)).toBe(false);
  });

  it('holds nothing when the data came (or failed) before the style', () => {
    const { map, sources } = fakeMap();
    const hold = holdFirstIdleForData();
    hold.dataSettled();
    hold.styleLoaded(map);
    expect(sources.size).toBe(0);
  });
});
