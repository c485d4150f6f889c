/**
 * A popup's list of events: each a button with its date (saying when it is only a year, a month or
 * a span) and title, which opens the event in the reading pane. The popup stays short, so it never
 * hides the map it points at; the pane holds the sources and quotes.
 */
import { create } from '../dom.ts';
import type { MapEvent } from '../data/types.ts';
import { markDataText, messages } from '../i18n/i18n.ts';
import { eventDateLabel } from './event-date-label.ts';

/**
 * Builds a titled list of event buttons, each carrying `data-event-id` for the popup's handler.
 * @example buildEventList(index.eventsOf('gao'), 'Events here', root)
 */
export function buildEventList(events: MapEvent[], heading: string, parent: HTMLElement): HTMLElement {
  const section = create('section', 'popup-section', parent);
  create('h3', 'popup-subheading', section, `${heading} (${events.length})`);
  const list = create('ol', 'popup-events', section);
  for (const event of events) {
    const item = create('li', 'event', list);
    item.dataset.eventId = event.id;
    const button = create('button', 'popup-event', item);
    button.type = 'button';
    button.dataset.eventId = event.id;
    create('span', 'popup-event-date', button, eventDateLabel(event));
    markDataText(create('span', 'popup-event-title', button, event.title));
    // A disputed claim or figure is flagged here too; the pane says why.
    if (event.caution || event.figures?.some((figure) => figure.caution))
      create('span', 'popup-event-caution', button, messages().tour.cautionFlag);
  }
  return section;
}

/**
 * Calls `choose` with the event id of any event button clicked inside `root`, and marks the
 * button of `currentId` as the one shown in the reading pane.
 * @example handleEventButtons(popupContent, store.get().event, (id) => select(store, placeId, { eventId: id }))
 */
export function handleEventButtons(
  root: HTMLElement,
  currentId: string | null,
  choose: (eventId: string) => void,
): void {
  for (const button of root.querySelectorAll<HTMLElement>('.popup-event'))
    if (button.dataset.eventId === currentId) button.setAttribute('aria-current', 'true');
  root.addEventListener('click', (click) => {
    const button = click.target instanceof Element ? click.target.closest<HTMLElement>('.popup-event') : null;
    if (button?.dataset.eventId) choose(button.dataset.eventId);
  });
}
