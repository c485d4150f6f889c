/**
 * Connects the timeline to the store: it shows the events under the theme and source filters (the
 * year filter is its own window, drawn on it), marks the chosen event, selects what the reader
 * chooses on it, and writes a brushed window back as the year filter.
 */
import type { Dataset } from '../data/types.ts';
import { FIRST_YEAR, type AppState } from '../state/app-state.ts';
import { select } from '../state/selection.ts';
import type { EventQuery } from '../state/event-query.ts';
import type { Store } from '../state/store.ts';
import { formatDate, messages } from '../i18n/i18n.ts';
import { createTimeline } from './timeline.ts';

/**
 * @param lastYear - the axis's end, today's year
 * @returns the function that removes the timeline and stops following the store
 */
export function syncTimeline(
  parent: HTMLElement,
  store: Store<AppState>,
  dataset: Dataset,
  query: EventQuery,
  lastYear: number,
): () => void {
  const eventById = new Map(dataset.events.map((event) => [event.id, event]));
  const words = messages();
  const timeline = createTimeline(parent, {
    // In the current language: a language switch sets the timeline up again.
    labels: { ...words.timeline, precision: { ...words.dates.precision, day: '' }, basis: words.dates.basis },
    formatDate: (date) => formatDate(date),
    firstYear: FIRST_YEAR,
    lastYear,
    onSelect: (id) => {
      const place = eventById.get(id)?.places[0];
      if (place) select(store, place, { eventId: id });
    },
    onYearsChange: (years) => store.set({ years }),
  });
  const render = (state: Readonly<AppState>) =>
    timeline.update({ events: query.allYears(state), selectedId: state.event, years: state.years });
  render(store.get());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    timeline.destroy();
  };
}
