/** A date as the lists show it, saying visibly when it is only a year, a month or a span. */
import { PRECISION_LABELS, formatDate } from '../data/dates.ts';
import type { MapEvent } from '../data/types.ts';

/** @example eventDateLabel({ date: '2016-05', datePrecision: 'month', … }) // 'May 2016 (month only)' */
export function eventDateLabel(event: MapEvent): string {
  const text = formatDate(event.date);
  return event.datePrecision === 'day' ? text : `${text} (${PRECISION_LABELS[event.datePrecision]})`;
}
