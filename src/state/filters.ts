/** Which events the filters let through, and the counts the controls show. Pure functions. */
import { dateBounds } from '../data/dates.ts';
import type { Dataset, MapEvent, Theme } from '../data/types.ts';
import type { AppState } from './app-state.ts';

export type Filters = Pick<AppState, 'years' | 'themes' | 'source'>;

/** The years an event's date can fall in, e.g. [2016, 2018] for "2016-05/2018". */
export function eventYears(event: MapEvent): [number, number] {
  const bounds = dateBounds(event.date);
  const start = Number(bounds?.start.slice(0, 4) ?? Number.NaN);
  const end = Number(bounds?.end.slice(0, 4) ?? Number.NaN);
  return [start, end];
}

/**
 * True when the event overlaps the year range, has at least one chosen theme, and (when a source is
 * chosen) cites that source.
 * @example eventMatches(event, { years: [2010, 2020], themes: ['mining'], source: null })
 */
export function eventMatches(event: MapEvent, filters: Filters): boolean {
  const [start, end] = eventYears(event);
  if (end < filters.years[0] || start > filters.years[1]) return false;
  if (!event.themes.some((theme) => filters.themes.includes(theme))) return false;
  if (filters.source && !citesSource(event, filters.source)) return false;
  return true;
}

/** True when the event quotes the source, or takes its date from it. */
export function citesSource(event: MapEvent, sourceId: string): boolean {
  return event.citations.some((c) => c.source === sourceId) || (event.dateSources ?? []).includes(sourceId);
}

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

/** True when a change to the store touched the filters (the arrays are replaced, never mutated). */
export function filtersChanged(state: Filters, previous: Filters): boolean {
  return state.years !== previous.years || state.themes !== previous.themes || state.source !== previous.source;
}
