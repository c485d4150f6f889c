/** Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) and intervals (START/END): parsing and display. */
import type { DatePrecision } from './types.ts';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** English month names, as the data's sources write dates ("31 May 2016"). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/**
 * Parses YYYY, YYYY-MM or YYYY-MM-DD, rejecting impossible months and days.
 * @param text - the date as written in the data
 * @returns the parts, or null when the text is not such a date
 * @example parsePartialDate('2016-05') // { year: 2016, month: 5 }
 */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { year };
  const month = Number(m);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return { year, month };
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { year, month, day };
}

/** The precision a date string's form implies, or null when it is not a valid date or interval. */
export function precisionOf(text: string): DatePrecision | null {
  const parts = text.split('/');
  if (parts.length === 2) {
    const [start, end] = parts.map(parsePartialDate);
    if (!start || !end || compareStart(start, end) > 0) return null;
    return 'range';
  }
  const date = parsePartialDate(text);
  if (!date) return null;
  return date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
}

function compareStart(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}

/**
 * The earliest and latest day a date or interval can mean, as YYYY-MM-DD strings,
 * so that dates of different precision sort and filter together.
 * @example dateBounds('2016-05') // { start: '2016-05-01', end: '2016-05-31' }
 */
export function dateBounds(text: string): { start: string; end: string } | null {
  // Asked of every event by the filters' columns and the chronological order: worked out once per text.
  let bounds = boundsByText.get(text);
  if (bounds === undefined) boundsByText.set(text, (bounds = computeBounds(text)));
  return bounds === null ? null : { ...bounds };
}
const boundsByText = new Map<string, { start: string; end: string } | null>();

function computeBounds(text: string): { start: string; end: string } | null {
  if (precisionOf(text) === null) return null;
  const [first = '', last = first] = text.split('/');
  const start = parsePartialDate(first);
  const end = parsePartialDate(last);
  if (!start || !end) return null;
  return { start: toIso(firstDay(start)), end: toIso(lastDay(end)) };
}

function firstDay(d: PartialDate): Required<PartialDate> {
  return { year: d.year, month: d.month ?? 1, day: d.day ?? 1 };
}

function lastDay(d: PartialDate): Required<PartialDate> {
  const month = d.month ?? 12;
  return { year: d.year, month, day: d.day ?? new Date(Date.UTC(d.year, month, 0)).getUTCDate() };
}

function toIso(d: Required<PartialDate>): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * A date as people read it, no more precise than the data: "31 May 2016", "May 2016", "2016",
 * "1979–2002".
 * @example formatDate('2012-09-25') // '25 September 2012'
 */
export function formatDate(text: string): string {
  const parts = text.split('/');
  if (parts.length === 2) return parts.map(formatDate).join('–');
  const date = parsePartialDate(text);
  if (!date) return text;
  const month = date.month === undefined ? undefined : MONTHS[date.month - 1];
  return [date.day, month, date.year].filter((part) => part !== undefined).join(' ');
}

/**
 * Today as YYYY-MM-DD (UTC); a parameter so tests can pin it.
 * @example todayIso(new Date('2026-11-23T10:00:00Z')) // '2026-11-23'
 */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
