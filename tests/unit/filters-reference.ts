/**
 * The counts under the filters written plainly, one event at a time, as the app once computed them:
 * the reference createEventQuery (src/state/event-query.ts) is checked against.
 */
import type { Dataset, MapEvent, Theme } from '../../src/data/types.ts';
import { eventMatches, eventYears, type Filters } from '../../src/state/filters.ts';

/** The dataset with only the events that pass the filters (places and sources unchanged). */
export function filterDataset(dataset: Dataset, filters: Filters): Dataset {
  return { ...dataset, events: dataset.events.filter((event) => eventMatches(event, filters)) };
}

/** Events per theme under the other filters, so a theme's count says what ticking it would add. */
export function themeCounts(dataset: Dataset, filters: Filters, themes: readonly Theme[]): Map<Theme, number> {
  return new Map(
    themes.map((theme) => [
      theme,
      dataset.events.filter((e) => eventMatches(e, { ...filters, themes: [theme] })).length,
    ]),
  );
}

/**
 * Events per year from `from` to `to`: an event spanning several years counts in each, as it is
 * shown whenever the range touches any of them.
 */
export function yearHistogram(events: MapEvent[], from: number, to: number): number[] {
  const counts = new Array<number>(to - from + 1).fill(0);
  for (const event of events) {
    const [start, end] = eventYears(event);
    for (let year = Math.max(start, from); year <= Math.min(end, to); year++)
      counts[year - from] = (counts[year - from] ?? 0) + 1;
  }
  return counts;
}

/** Ids of places, stations and the corridor that have at least one event in `events`. */
export function featuresWithEvents(events: MapEvent[]): Set<string> {
  return new Set(events.flatMap((event) => event.places));
}
