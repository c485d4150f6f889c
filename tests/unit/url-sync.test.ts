// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultState } from '../../src/state/app-state.ts';
import { createStore } from '../../src/state/store.ts';
import { syncStateWithUrl } from '../../src/state/url-sync.ts';

const defaults = defaultState(new Date('2026-11-22T12:00:00Z'));

describe('syncStateWithUrl', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    history.replaceState(null, '', '#');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('writes the first change at once, then at most once per interval while a slider is dragged', () => {
    const store = createStore(defaults);
    const write = vi.spyOn(history, 'replaceState');
    const stop = syncStateWithUrl(store, defaults, { throttleMs: 300 });
    store.set({ years: [1961, 2026] });
    expect(write).toHaveBeenCalledTimes(1);
    for (let year = 1962; year < 1990; year++) store.set({ years: [year, 2026] });
    expect(write).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(300);
    expect(write).toHaveBeenCalledTimes(2);
    expect(location.hash).toBe('#&years=1989-2026');
    stop();
  });

  it('survives a browser that refuses the write (Safari after 100 calls), and lets later listeners run', () => {
    const store = createStore(defaults);
    vi.spyOn(history, 'replaceState').mockImplementation(() => {
      throw new DOMException('too many calls', 'SecurityError');
    });
    const stop = syncStateWithUrl(store, defaults);
    let seen = 0;
    store.subscribe(() => seen++);
    expect(() => store.set({ selected: 'gao' })).not.toThrow();
    expect(seen).toBe(1);
    stop();
  });

  it('reads an edited address back, and stops doing both when undone', () => {
    const store = createStore(defaults);
    const stop = syncStateWithUrl(store, defaults, { layerKeys: ['rivers'] });
    history.replaceState(null, '', '#&place=gao&hide=rivers,bogus');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.get().selected).toBe('gao');
    expect(store.get().hiddenLayers).toEqual(['rivers']);
    stop();
    history.replaceState(null, '', '#&place=kidal');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.get().selected).toBe('gao');
    const write = vi.spyOn(history, 'replaceState');
    store.set({ selected: 'narena' });
    expect(write).not.toHaveBeenCalled();
  });
});
