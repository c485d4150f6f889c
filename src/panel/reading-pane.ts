/**
 * The reading pane: the whole of the chosen event (`event` in the store), beside the map on wide
 * screens and as a sheet over it on phones, with the events before and after it in time.
 */
import { announce } from '../announcer.ts';
import { create } from '../dom.ts';
import type { MapEvent } from '../data/types.ts';
import { buildEventDetail } from '../popups/event-detail.ts';
import { filtersChanged } from '../state/filters.ts';
import { select, selectionChanged } from '../state/selection.ts';
import type { PanelContext } from './panel-context.ts';
import { formatDate, messages } from '../i18n/i18n.ts';

/** The events just before and after `event` among those the filters show, in date order. */
export function neighboursInTime(event: MapEvent, chronological: readonly MapEvent[]) {
  const at = chronological.findIndex((e) => e.id === event.id);
  return at < 0 ? {} : { previous: chronological[at - 1], next: chronological[at + 1] };
}

/**
 * Fills `pane` (hidden while no event is chosen) and keeps it on the store's event.
 * @returns the function that empties it and stops following the store
 */
export function setupReadingPane(pane: HTMLElement, ctx: PanelContext): () => void {
  const words = messages().reading;
  const header = create('div', 'reading-header', pane);
  create('p', 'reading-heading', header, words.heading);
  const close = create('button', 'reading-close', header, '×');
  close.type = 'button';
  close.setAttribute('aria-label', words.close);
  close.title = words.closeTitle;
  const body = create('div', 'reading-body', pane);

  const render = (moveFocus: boolean) => {
    const id = ctx.store.get().event;
    const event = id === null ? undefined : ctx.dataset.events.find((e) => e.id === id);
    pane.hidden = !event;
    if (!event) {
      body.replaceChildren();
      return;
    }
    const index = ctx.filtered();
    body.replaceChildren(buildEventDetail(event, index, neighboursInTime(event, index.chronological)));
    body.scrollTop = 0;
    announce(`${event.title}, ${formatDate(event.date)}`);
    if (moveFocus) body.querySelector<HTMLElement>('.event-title')?.focus({ preventScroll: true });
  };

  const onClick = (click: MouseEvent) => {
    const target = click.target instanceof Element ? click.target.closest<HTMLElement>('[data-event-id]') : null;
    const event = ctx.dataset.events.find((e) => e.id === target?.dataset.eventId);
    if (target instanceof HTMLButtonElement && event?.places[0])
      select(ctx.store, event.places[0], { eventId: event.id });
  };
  body.addEventListener('click', onClick);
  close.addEventListener('click', () => ctx.store.set({ event: null }));

  render(false);
  const unsubscribe = ctx.store.subscribe((state, previous) => {
    if (selectionChanged(state, previous)) render(state.event !== previous.event);
    else if (filtersChanged(state, previous)) render(false);
  });
  return () => {
    unsubscribe();
    pane.replaceChildren();
    pane.hidden = true;
  };
}
