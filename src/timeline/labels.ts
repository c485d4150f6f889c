/** Every string the timeline shows or speaks, with English defaults, so the app can translate them. */
import { PRECISION_LABELS } from '../data/dates.ts';
import type { DateBasis, DatePrecision } from '../data/types.ts';

export interface TimelineLabels {
  /** The landmark's name and visible heading. */
  region: string;
  /** Name of the list of marks. */
  marks: string;
  play: string;
  pause: string;
  speed: string;
  /** A speed's option text, e.g. "2×". */
  speedOption(speed: number): string;
  from: string;
  to: string;
  allYears: string;
  legendPoint: string;
  legendSpan: string;
  legendUncertain: string;
  /** Says the axis is not to scale. */
  axisNote: string;
  /** Words after a date saying how precise it is; empty where the date alone says it. */
  precision: Record<DatePrecision, string>;
  /** Words after a date saying how it is known; empty for a stated date. */
  basis: Record<DateBasis, string>;
  /** A date with those words: "2013 (year only, date inferred)". */
  dateWithNotes(date: string, notes: readonly string[]): string;
  /** A mark's accessible name: "Attack on the MINUSMA camp, 31 May 2016". */
  markName(title: string, date: string): string;
  /** What the live region says when an event is selected. */
  selected(name: string): string;
}

export const DEFAULT_LABELS: TimelineLabels = {
  region: 'Timeline',
  marks: 'Events in date order',
  play: 'Play',
  pause: 'Pause',
  speed: 'Speed',
  speedOption: (speed) => `${speed}×`,
  from: 'From',
  to: 'To',
  allYears: 'All years',
  legendPoint: 'Exact day or month',
  legendSpan: 'Year only or span',
  legendUncertain: 'Date inferred or from another report',
  axisNote: 'Years with events are drawn wider; hatched years have none.',
  precision: { day: '', month: PRECISION_LABELS.month, year: PRECISION_LABELS.year, range: PRECISION_LABELS.range },
  basis: { stated: '', inferred: 'date inferred', 'other-report': 'date from another report' },
  dateWithNotes: (date, notes) => (notes.length ? `${date} (${notes.join(', ')})` : date),
  markName: (title, date) => `${title}, ${date}`,
  selected: (name) => `Selected: ${name}`,
};

/**
 * A date as the timeline shows and speaks it, with its precision and basis words.
 * @param format - turns the data's date into words, e.g. formatDate
 * @example describeDate({ date: '2013', datePrecision: 'year', dateBasis: 'inferred' }, DEFAULT_LABELS, formatDate)
 * // '2013 (year only, date inferred)'
 */
export function describeDate(
  event: { date: string; datePrecision: DatePrecision; dateBasis: DateBasis },
  labels: TimelineLabels,
  format: (date: string) => string,
): string {
  const notes = [labels.precision[event.datePrecision], labels.basis[event.dateBasis]].filter(Boolean);
  return labels.dateWithNotes(format(event.date), notes);
}
