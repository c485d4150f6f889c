/**
 * The places (and the railway) with their event counts under the filters, each with its events.
 * Records about Mali as a whole come first, in a group of their own, so they are not read as
 * events at any one place. Choosing a place selects it (on the map: flies there, opens its popup);
 * the selected one is marked. A place's events are built only when its list is opened, so the page
 * does not grow with the number of events.
 */
import { create } from '../dom.ts';
import type { MapEvent } from '../data/types.ts';
import { eventDateLabel } from '../popups/event-date-label.ts';
import { filtersChanged } from '../state/filters.ts';
import { select } from '../state/selection.ts';
import { markDataText, messages, placeName } from '../i18n/i18n.ts';
import type { PanelContext } from './panel-context.ts';

/**
 * Adds the places list to `parent`.
 * @returns the function that stops it following the store
 */
export function setupPlaceList(parent: HTMLElement, ctx: PanelContext): () => void {
  const country = ctx.dataset.places.features.filter((f) => f.properties.kind === 'country');
  const local = [
    ...ctx.dataset.places.features.filter((f) => f.properties.kind !== 'country'),
    ...ctx.dataset.corridor.features,
  ];
  const lists = [
    ...(country.length ? [{ title: messages().panel.countryHeading, id: 'country-heading', features: country }] : []),
    { title: messages().panel.placesHeading, id: 'places-heading', features: local },
  ].map(({ title, id, features }) => {
    const section = create('section', 'panel-section place-list', parent);
    const heading = create('h2', 'panel-heading', section, title);
    heading.id = id;
    const list = create('ul', 'place-items', section);
    list.setAttribute('aria-labelledby', heading.id);
    return { list, features };
  });

  const render = () => {
    const index = ctx.filtered();
    for (const { list, features } of lists) {
      const open = new Set(
        [...list.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.dataset.placeId),
      );
      list.replaceChildren();
      for (const feature of features) {
        const { id } = feature.properties;
        const events = index.eventsOf(id);
        const item = create('li', events.length ? 'place-item' : 'place-item place-item-empty', list);
        item.dataset.placeId = id;
        const button = create('button', 'place-button', item);
        button.type = 'button';
        create('span', 'place-name', button, placeName(feature.properties));
        create('span', 'place-count', button, messages().events(events.length));
        button.addEventListener('click', () => select(ctx.store, id));
        if (events.length) buildEvents(item, id, events, open.has(id), ctx);
      }
    }
    markSelected();
  };

  const markSelected = () => {
    const selected = ctx.store.get().selected;
    for (const { list } of lists)
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

/** A folded list of the place's events, filled the first time it is opened. */
function buildEvents(item: HTMLElement, placeId: string, events: MapEvent[], open: boolean, ctx: PanelContext): void {
  const details = create('details', 'place-events', item);
  details.dataset.placeId = placeId;
  create('summary', undefined, details, messages().panel.placeEvents);
  const list = create('ol', 'place-event-items', details);
  const fill = () => {
    if (!details.open || list.childElementCount) return;
    for (const event of events) {
      const button = create('button', 'place-event-button', create('li', undefined, list));
      button.type = 'button';
      button.dataset.eventId = event.id;
      create('span', 'place-event-date', button, eventDateLabel(event));
      markDataText(create('span', 'place-event-title', button, event.title));
      button.addEventListener('click', () => select(ctx.store, placeId, { eventId: event.id }));
    }
  };
  details.addEventListener('toggle', fill);
  details.open = open;
  fill();
}
