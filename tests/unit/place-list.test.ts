// @vitest-environment jsdom
// The places list at a size where paging matters: 300 synthetic places.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticGeodata } from '../../scripts/bench/synthetic-geodata.mjs';
import { validateDataset, type RawDataset } from '../../src/data/validate-dataset.ts';
import type { PanelContext } from '../../src/panel/panel-context.ts';
import { PAGE_SIZE } from '../../src/paged-items.ts';
import { setupPlaceList } from '../../src/panel/place-list.ts';
import { defaultState } from '../../src/state/app-state.ts';
import { createEventQuery } from '../../src/state/event-query.ts';
import type { Filters } from '../../src/state/filters.ts';
import { select } from '../../src/state/selection.ts';
import { createStore } from '../../src/state/store.ts';

const { dataset } = validateDataset(
  generateSyntheticGeodata({ places: 300, events: 900, seed: 11 }) as unknown as RawDataset,
);

const eventQuery = createEventQuery(dataset);
const query = (store: { get(): Filters }) => eventQuery.index(store.get());

function mount() {
  const store = createStore(defaultState());
  const query = eventQuery;
  const ctx: PanelContext = {
    store,
    dataset,
    writtenInFull: () => Promise.resolve(dataset),
    filtered: () => query.index(store.get()),
    query,
    hasMap: () => true,
    eventsInView: () => dataset.events,
    mapImage: () => null,
  };
  const parent = document.body.appendChild(document.createElement('div'));
  setupPlaceList(parent, ctx);
  const places = () => [...parent.querySelectorAll<HTMLElement>('#places-heading ~ ul > .place-item')];
  const more = () => parent.querySelector<HTMLButtonElement>('#places-heading ~ ul .show-more');
  return { store, places, more };
}

// jsdom lays nothing out, so it has no scrollIntoView.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => undefined;
});
afterEach(() => document.body.replaceChildren());

describe('the places list', () => {
  it('shows a page of places and a button for the rest, which adds the next page', () => {
    const { places, more } = mount();
    expect(places()).toHaveLength(PAGE_SIZE);
    // The country has a list of its own; the railway is listed with the places.
    const left = dataset.places.features.length - 1 + dataset.corridor.features.length - PAGE_SIZE;
    expect(more()?.textContent).toBe(`Show ${PAGE_SIZE} more (${left} not shown)`);
    more()?.click();
    expect(places()).toHaveLength(2 * PAGE_SIZE);
  });

  it('lists a place chosen beyond the page after it, marked, without drawing those before it', () => {
    const { store, places } = mount();
    const far = dataset.places.features[250]?.properties.id ?? '';
    select(store, far);
    const shown = places();
    expect(shown).toHaveLength(PAGE_SIZE + 1);
    expect(shown.at(-1)?.dataset.placeId).toBe(far);
    expect(shown.at(-1)?.classList.contains('place-item-selected')).toBe(true);
    select(store, null);
    expect(places()).toHaveLength(PAGE_SIZE);
  });

  it('updates counts and an unfolded list in place when the filters change', () => {
    const { store, places } = mount();
    const row = places().find((item) => item.querySelector('details'));
    const id = row?.dataset.placeId ?? '';
    const details = row?.querySelector('details');
    if (!row || !details) throw new Error('no place with events');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    const eventsAt = () => [...details.querySelectorAll('.place-event-button')].length;
    expect(eventsAt()).toBe(Math.min(PAGE_SIZE, query(store).eventsOf(id).length));

    const years = query(store)
      .eventsOf(id)
      .map((e) => Number(e.date.slice(0, 4)));
    store.set({ years: [Math.min(...years), Math.min(...years)] });
    const now = query(store).eventsOf(id).length;
    expect(now).toBeGreaterThan(0);
    expect(places().find((item) => item.dataset.placeId === id)).toBe(row);
    expect(row.querySelector('.place-count')?.textContent).toBe(now === 1 ? '1 event' : `${now} events`);
    expect(details.open).toBe(true);
    expect(eventsAt()).toBe(now);
  });
});
