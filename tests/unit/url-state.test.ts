import { describe, expect, it } from 'vitest';
import { defaultState, type AppState } from '../../src/state/app-state.ts';
import { hashFromState, stateFromHash } from '../../src/state/url-state.ts';

const defaults = defaultState(new Date('2026-11-22T12:00:00Z'), ['en-GB']);

describe('the address', () => {
  it('reads older #zoom/lat/lng links', () => {
    const state = stateFromHash('#5.5/14.2/-6.1', defaults);
    expect(state.view).toEqual({ zoom: 5.5, lat: 14.2, lng: -6.1, bearing: 0, pitch: 0 });
    expect(state.years).toEqual([1960, 2026]);
  });

  it('round-trips every part of the state', () => {
    const state: AppState = {
      view: { zoom: 7, lat: 12.65, lng: -8, bearing: 0, pitch: 0 },
      selected: 'narena',
      event: 'narena-attack-2025',
      selectedAt: null,
      reveal: 0,
      years: [2010, 2020],
      themes: ['mining', 'security'],
      hiddenLayers: ['rivers', 'places-town'],
      source: 'adf-2025-chinese-assistance',
      basemap: 'streets',
      story: 3,
      embed: true,
      lang: 'fr',
    };
    const hash = hashFromState(state, defaults);
    expect(hash).toBe(
      '#7/12.65/-8&place=narena&event=narena-attack-2025&years=2010-2020&themes=mining,security&hide=rivers,places-town&source=adf-2025-chinese-assistance&basemap=streets&story=3&embed=1&lang=fr',
    );
    expect(stateFromHash(hash, defaults)).toEqual(state);
  });

  it('writes only what differs from the default', () => {
    expect(hashFromState(defaults, defaults)).toBe('#');
    expect(hashFromState({ ...defaults, themes: [] }, defaults)).toBe('#&themes=');
    expect(stateFromHash('#&themes=', defaults).themes).toEqual([]);
  });

  it('falls back to the default for anything unreadable', () => {
    const state = stateFromHash(
      '#banana/1/2&years=2020-1990&themes=mining,nonsense&basemap=moon&place=<script>',
      defaults,
    );
    expect(state.view).toBeNull();
    expect(state.years).toEqual(defaults.years);
    expect(state.themes).toEqual(['mining']);
    expect(state.basemap).toBe('offline');
    expect(state.selected).toBeNull();
  });

  it('keeps only the hide keys of layers that exist, when it knows them', () => {
    const hash = '#&hide=rivers,no-such-layer,places-town';
    expect(stateFromHash(hash, defaults, ['rivers', 'towns', 'places-town']).hiddenLayers).toEqual([
      'rivers',
      'places-town',
    ]);
  });

  it('reads an event only together with its place', () => {
    expect(stateFromHash('#&event=x', defaults).event).toBeNull();
    expect(stateFromHash('#&place=gao&event=x', defaults).event).toBe('x');
  });

  it('clamps a year range to the data span', () => {
    expect(stateFromHash('#&years=1900-2100', defaults).years).toEqual([1960, 2026]);
  });
});
