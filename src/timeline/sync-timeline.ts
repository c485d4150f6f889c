/**
 * Connects the timeline to the store: it shows the events under the theme and source filters (the
 * year filter is its own window, drawn on it), marks the chosen event, selects what the reader
 * chooses on it, and writes a brushed window back as the year filter.
 */
import type { Dataset, MapEvent } from '../data/types.ts';
import { FIRST_YEAR, type AppState } from '../state/app-state.ts';
import { select } from '../state/selection.ts';
import type { EventQuery } from '../state/event-query.ts';
import { memoizeLast, type Store } from '../state/store.ts';
import { formatDate, messages } from '../i18n/i18n.ts';
import { timelineLabels } from './labels.ts';
import { createTimeline } from './timeline.ts';

/**
 * Most marks the timeline draws: more than its box shows at once (about 9 lanes of 40). Past it, the
 * marks are those in the chosen years (the first ones, in date order, if those are too many still),
 * and a note says so; the year histogram in the panel shows how the rest fall.
 */
export const MAX_MARKS = 400;

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
    labels: timelineLabels(words),
    formatDate: (date) => formatDate(date),
    firstYear: FIRST_YEAR,
    lastYear,
    onSelect: (id) => {
      const place = eventById.get(id)?.places[0];
      if (place) select(store, place, { eventId: id });
    },
    onYearsChange: (years) => store.set({ years }),
  });
  // Kept per pair of lists, so the marks change only when what they draw does.
  const drawn = memoizeLast((all: readonly MapEvent[], inYears: readonly MapEvent[]) => {
    if (all.length <= MAX_MARKS) return { events: all };
    if (inYears.length <= MAX_MARKS)
      return { events: inYears, note: words.timeline.windowOnly(inYears.length, all.length) };
    return { events: inYears.slice(0, MAX_MARKS), note: words.timeline.firstOnly(MAX_MARKS, inYears.length) };
  });
  const render = (state: Readonly<AppState>) => {
    const all = query.allYears(state);
    const inYears = all.length > MAX_MARKS ? query.index(state).chronological : all;
    timeline.update({ ...drawn(all, inYears), selectedId: state.event, years: state.years });
  };
  render(store.get());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    timeline.destroy();
  };
}
