/** Every string the timeline shows or speaks, with English defaults, so the app can translate them. */
import type { DateBasis, DatePrecision } from '../data/types.ts';
import { en, type Messages } from '../i18n/messages-en.ts';

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

/**
 * The timeline's words from a message catalogue: its own, and the dates' precision and basis words
 * (none after a day, which the date alone says).
 * @example timelineLabels(messages()).play // 'Lecture' under French
 */
export function timelineLabels(words: Messages): TimelineLabels {
  return { ...words.timeline, precision: { ...words.dates.precision, day: '' }, basis: words.dates.basis };
}

/** The English words, for a timeline given none. */
export const DEFAULT_LABELS: TimelineLabels = timelineLabels(en);

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
