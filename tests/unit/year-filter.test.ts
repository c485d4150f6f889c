// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/data/dataset-index.ts';
import { validateDataset } from '../../src/data/validate-dataset.ts';
import type { PanelContext } from '../../src/panel/panel-context.ts';
import { setupYearFilter } from '../../src/panel/year-filter.ts';
import { defaultState } from '../../src/state/app-state.ts';
import { createEventQuery } from '../../src/state/event-query.ts';
import { createStore } from '../../src/state/store.ts';
import { minimalRawDataset } from '../fixtures/minimal-dataset.ts';

const { dataset } = validateDataset(minimalRawDataset(), '2026-11-22');

function panelOpenedAt(years: [number, number]) {
  const store = createStore({ ...defaultState(), years });
  const ctx: PanelContext = {
    store,
    dataset,
    writtenInFull: () => Promise.resolve(dataset),
    filtered: () => indexDataset(dataset),
    query: createEventQuery(dataset),
    hasMap: () => false,
    eventsInView: () => dataset.events,
    mapImage: () => null,
  };
  const parent = document.createElement('div');
  const undo = setupYearFilter(parent, ctx);
  const [from, to] = [...parent.querySelectorAll<HTMLInputElement>('input[type=range]')];
  if (!from || !to) throw new Error('the year filter has no two sliders');
  return { store, from, to, undo, parent };
}

describe('setupYearFilter', () => {
  it("spans the sliders to today's year even when the opened link ended earlier", () => {
    const { store, to, undo } = panelOpenedAt([2000, 2012]);
    const thisYear = String(defaultState().years[1]);
    expect(to.max).toBe(thisYear);
    // "Reset filters" sets the default years: the slider must be able to show them.
    store.set({ years: defaultState().years });
    expect(to.value).toBe(thisYear);
    undo();
  });

  it('stops following the store once undone', () => {
    const { store, from, undo } = panelOpenedAt([2000, 2012]);
    undo();
    store.set({ years: [1990, 2012] });
    expect(from.value).toBe('2000');
  });
});

describe('the year histogram', () => {
  it('labels the decades under its bars', () => {
    const { undo, parent } = panelOpenedAt([1960, 2026]);
    const labels = [...parent.querySelectorAll('.year-label')].map((l) => l.textContent);
    expect(labels.slice(0, 3)).toEqual(['1960', '1970', '1980']);
    undo();
  });
});
