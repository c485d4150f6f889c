/**
 * The places (and the railway) with their event counts under the filters, each with its events.
 * Choosing a place selects it (on the map: flies there, opens its popup); the selected one is marked.
 */
import { create } from '../dom.ts';
import type { MapEvent } from '../data/types.ts';
import { filtersChanged } from '../state/filters.ts';
import { select } from '../state/selection.ts';
import { eventDateLabel } from '../popups/event-date-label.ts';
import type { PanelContext } from './panel-context.ts';

/**
 * Adds the places list to `parent`.
 * @returns the function that stops it following the store
 */
export function setupPlaceList(parent: HTMLElement, ctx: PanelContext): () => void {
  const section = create('section', 'panel-section place-list', parent);
  const heading = create('h2', 'panel-heading', section, 'Places');
  heading.id = 'places-heading';
  const list = create('ul', 'place-items', section);
  list.setAttribute('aria-labelledby', heading.id);
  const features = [...ctx.dataset.places.features, ...ctx.dataset.corridor.features];

  const render = () => {
    const open = new Set([...list.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.dataset.placeId));
    const index = ctx.filtered();
    list.replaceChildren();
    for (const feature of features) {
      const { id, name } = feature.properties;
      const events = index.eventsOf(id);
      const item = create('li', events.length ? 'place-item' : 'place-item place-item-empty', list);
      item.dataset.placeId = id;
      const button = create('button', 'place-button', item);
      button.type = 'button';
      create('span', 'place-name', button, name);
      create('span', 'place-count', button, `${events.length} event${events.length === 1 ? '' : 's'}`);
      button.addEventListener('click', () => select(ctx.store, id));
      if (events.length) buildEvents(item, id, events, open.has(id), ctx);
    }
    markSelected();
  };

  const markSelected = () => {
    const selected = ctx.store.get().selected;
    for (const item of list.querySelectorAll<HTMLElement>('.place-item')) {
      const isSelected = item.dataset.placeId === selected;
      item.classList.toggle('place-item-selected', isSelected);
      item.querySelector('.place-button')?.setAttribute('aria-current', String(isSelected));
      if (isSelected) item.scrollIntoView({ block: 'nearest' });
    }
  };

  render();
  return ctx.store.subscribe((state, previous) => {
    if (filtersChanged(state, previous)) render();
    else if (state.selected !== previous.selected) markSelected();
  });
}

function buildEvents(item: HTMLElement, placeId: string, events: MapEvent[], open: boolean, ctx: PanelContext): void {
  const details = create('details', 'place-events', item);
  details.dataset.placeId = placeId;
  details.open = open;
  create('summary', undefined, details, 'Events');
  const list = create('ol', 'place-event-items', details);
  for (const event of events) {
    const button = create('button', 'place-event-button', create('li', undefined, list));
    button.type = 'button';
    button.dataset.eventId = event.id;
    create('span', 'place-event-date', button, eventDateLabel(event));
    create('span', 'place-event-title', button, event.title);
    button.addEventListener('click', () => select(ctx.store, placeId, { eventId: event.id }));
  }
}
