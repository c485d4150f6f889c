/**
 * A popup's list of events: each a button with its date (saying when it is only a year, a month or
 * a span) and title, which opens the event in the reading pane. The popup stays short, so it never
 * hides the map it points at; the pane holds the sources and quotes.
 */
import { create } from '../dom.ts';
import type { MapEvent } from '../data/types.ts';
import { markDataText, messages } from '../i18n/i18n.ts';
import { PAGE_SIZE, renderPage } from '../paged-items.ts';
import { eventDateLabel } from './event-date-label.ts';

/**
 * Builds a titled list of event buttons, each carrying `data-event-id` for the popup's handler, a
 * page at a time (src/paged-items.ts): a place with thousands of events made a popup so long that
 * laying it out took most of a second. The event `currentId` (the one in the reading pane) is
 * always listed, and marked.
 * @example buildEventList(index.eventsOf('gao'), 'Events here', root, store.get().event)
 */
export function buildEventList(
  events: MapEvent[],
  heading: string,
  parent: HTMLElement,
  currentId: string | null = null,
): HTMLElement {
  const section = create('section', 'popup-section', parent);
  create('h3', 'popup-subheading', section, `${heading} (${events.length})`);
  const list = create('ol', 'popup-events', section);
  const current = events.findIndex((event) => event.id === currentId);
  const draw = (event: MapEvent, item: HTMLLIElement) => {
    item.className = 'event';
    item.dataset.eventId = event.id;
    const button = create('button', 'popup-event', item);
    button.type = 'button';
    button.dataset.eventId = event.id;
    if (event.id === currentId) button.setAttribute('aria-current', 'true');
    create('span', 'popup-event-date', button, eventDateLabel(event));
    markDataText(create('span', 'popup-event-title', button, event.title));
    // A disputed claim or figure is flagged here too; the pane says why.
    if (event.caution || event.figures?.some((figure) => figure.caution))
      create('span', 'popup-event-caution', button, messages().tour.cautionFlag);
  };
  const show = (limit: number) =>
    renderPage(
      list,
      events,
      limit,
      draw,
      () => {
        show(limit + PAGE_SIZE);
        // On to the first row the button brought, as the panel's lists do.
        list.children[limit]?.querySelector('button')?.focus();
      },
      current,
    );
  show(PAGE_SIZE);
  return section;
}

/**
 * Calls `choose` with the event id of any event button clicked inside `root`, a page shown later
 * ("Show more") included. The list marks the one shown in the reading pane itself (buildEventList).
 * @example handleEventButtons(popupContent, (id) => select(store, placeId, { eventId: id }))
 */
export function handleEventButtons(root: HTMLElement, choose: (eventId: string) => void): void {
  root.addEventListener('click', (click) => {
    const button = click.target instanceof Element ? click.target.closest<HTMLElement>('.popup-event') : null;
    if (button?.dataset.eventId) choose(button.dataset.eventId);
  });
}
