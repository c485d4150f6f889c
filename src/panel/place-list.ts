/**
 * The places (and the railway) with their event counts under the filters, each with its events.
 * Records about Mali as a whole come first, in a group of their own, so they are not read as
 * events at any one place. Choosing a place selects it (on the map: flies there, opens its popup);
 * the selected one is marked. A place's events are built only when its list is opened, and both
 * lists show a page at a time (src/paged-items.ts), so the page does not grow with the data.
 */
import { create } from '../dom.ts';
import type { MapEvent } from '../data/types.ts';
import { eventDateLabel } from '../popups/event-date-label.ts';
import { filtersChanged } from '../state/filters.ts';
import { select } from '../state/selection.ts';
import { markDataText, messages, placeName } from '../i18n/i18n.ts';
import type { PanelContext } from './panel-context.ts';
import { PAGE_SIZE, renderPage } from '../paged-items.ts';

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
    const rows = new Map<string, PlaceRow>();
    return { list, features, ids: features.map((f) => f.properties.id), limit: PAGE_SIZE, pinned: -1, rows };
  });

  const renderList = (entry: (typeof lists)[number]) => {
    const { list, features, ids } = entry;
    const { selected } = ctx.store.get();
    entry.pinned = selected === null ? -1 : ids.indexOf(selected);
    const index = ctx.filtered();
    // Drawn again (more rows, or another chosen place pinned): what the reader had unfolded stays so.
    const open = new Set([...list.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.dataset.placeId));
    entry.rows.clear();
    const showMore = () => {
      const next = Math.min(entry.limit, features.length);
      entry.limit += PAGE_SIZE;
      renderList(entry);
      list.children[next]?.querySelector('button')?.focus();
    };
    renderPage(
      list,
      features,
      entry.limit,
      (feature, item) => {
        const { id } = feature.properties;
        item.dataset.placeId = id;
        const button = create('button', 'place-button', item);
        button.type = 'button';
        create('span', 'place-name', button, placeName(feature.properties));
        const count = create('span', 'place-count', button);
        button.addEventListener('click', () => select(ctx.store, id));
        const row = { item, count, events: eventsDisclosure(item, id, ctx, open.has(id)) };
        showEvents(row, index.eventsOf(id));
        entry.rows.set(id, row);
      },
      showMore,
      entry.pinned,
    );
  };
  const render = () => {
    for (const entry of lists) renderList(entry);
    markSelected();
  };
  // A change of the filters changes counts and events, not which rows are listed: update them in place.
  const refresh = () => {
    const index = ctx.filtered();
    for (const entry of lists) for (const [id, row] of entry.rows) showEvents(row, index.eventsOf(id));
  };

  const markSelected = () => {
    const selected = ctx.store.get().selected;
    // A place chosen on the map or by a link is listed even when it lies beyond the pages open.
    for (const entry of lists) {
      const at = selected === null ? -1 : entry.ids.indexOf(selected);
      if (at !== entry.pinned && (at >= entry.limit || entry.pinned >= entry.limit)) renderList(entry);
    }
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
    if (filtersChanged(state, previous)) refresh();
    else if (state.selected !== previous.selected) markSelected();
  });
}

/** A listed place: its row, the count in its button, and its folded events. */
interface PlaceRow {
  item: HTMLElement;
  count: HTMLElement;
  events: EventsDisclosure;
}

function showEvents(row: PlaceRow, events: MapEvent[]): void {
  row.item.className = events.length ? 'place-item' : 'place-item place-item-empty';
  row.count.textContent = messages().events(events.length);
  row.events.set(events);
}

interface EventsDisclosure {
  /** Shows these events: folded until opened, drawn again at once if open, gone when there are none. */
  set(events: MapEvent[]): void;
}

/** A folded list of the place's events, filled when it is opened, a page at a time. */
function eventsDisclosure(item: HTMLElement, placeId: string, ctx: PanelContext, open: boolean): EventsDisclosure {
  const details = create('details', 'place-events');
  details.open = open;
  details.dataset.placeId = placeId;
  create('summary', undefined, details, messages().panel.placeEvents);
  const list = create('ol', 'place-event-items', details);
  let events: MapEvent[] = [];
  let limit = PAGE_SIZE;
  const draw = () =>
    renderPage(
      list,
      events,
      limit,
      (event, row) => {
        const button = create('button', 'place-event-button', row);
        button.type = 'button';
        button.dataset.eventId = event.id;
        create('span', 'place-event-date', button, eventDateLabel(event));
        markDataText(create('span', 'place-event-title', button, event.title));
        button.addEventListener('click', () => select(ctx.store, placeId, { eventId: event.id }));
      },
      () => {
        const next = Math.min(limit, events.length);
        limit += PAGE_SIZE;
        draw();
        list.children[next]?.querySelector('button')?.focus();
      },
    );
  details.addEventListener('toggle', () => {
    if (details.open && !list.childElementCount) draw();
  });
  return {
    set(next) {
      if (next === events) return;
      events = next;
      if (!events.length) return details.remove();
      if (!details.parentElement) item.append(details);
      if (details.open) draw();
      else list.replaceChildren();
    },
  };
}
