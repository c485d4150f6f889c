/**
 * Which events the filters let through: the definitions. The counts the controls show are answered
 * from columns by event-query.ts, whose tests check it against plain versions of these.
 */
import { dateBounds } from '../data/dates.ts';
import type { MapEvent } from '../data/types.ts';
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

/** True when a change to the store touched the filters (the arrays are replaced, never mutated). */
export function filtersChanged(state: Filters, previous: Filters): boolean {
  return state.years !== previous.years || state.themes !== previous.themes || state.source !== previous.source;
}
