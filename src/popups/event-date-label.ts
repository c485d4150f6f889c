/** A date as the lists show it, saying visibly when it is only a year, a month or a span. */
import { formatDate, messages } from '../i18n/i18n.ts';
import type { MapEvent } from '../data/types.ts';

/** @example eventDateLabel({ date: '2016-05', datePrecision: 'month', … }) // 'May 2016 (month only)' */
export function eventDateLabel(event: MapEvent): string {
  const text = formatDate(event.date);
  return event.datePrecision === 'day' ? text : `${text} (${messages().dates.precision[event.datePrecision]})`;
}
