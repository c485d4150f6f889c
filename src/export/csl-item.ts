/**
 * CSL-JSON, the reference format of the Citation Style Language (citeproc-js, Zotero, Pandoc):
 * the few item fields this app writes, and dates only as precise as the data.
 */
import { parsePartialDate } from '../data/dates.ts';

/** The CSL item types this app gives its sources and the map. */
export type CslType = 'webpage' | 'report' | 'entry-encyclopedia' | 'dataset';

/** One date: [year], [year, month] or [year, month, day] — never more precise than known. */
export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
}

/** A person's name in parts, or an organisation's name as one literal string. */
export type CslName =
  | { family: string; given?: string; suffix?: string; 'dropping-particle'?: string; 'non-dropping-particle'?: string }
  | { literal: string };

/** A CSL-JSON item, as far as this app fills it (CSL 1.0.2 schema). */
export interface CslItem {
  id: string;
  /** The key citation-js writes in BibTeX; `toBibtex` derives it from the id. */
  'citation-key'?: string;
  type: CslType;
  title: string;
  /** Absent where the publication shows no author. */
  author?: CslName[];
  publisher?: string;
  /** The website or encyclopedia an item is part of. */
  'container-title'?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  note?: string;
  version?: string;
}

/**
 * Turns a partial ISO date into CSL date-parts with exactly the parts it has.
 *
 * @param text - YYYY, YYYY-MM or YYYY-MM-DD
 * @returns the date-parts, or undefined when the text is not such a date
 * @example
 * toCslDate('2025-07') // { 'date-parts': [[2025, 7]] }
 * toCslDate('2018') // { 'date-parts': [[2018]] }
 */
export function toCslDate(text: string): CslDate | undefined {
  const date = parsePartialDate(text);
  if (!date) return undefined;
  const { year, month, day } = date;
  if (month === undefined) return { 'date-parts': [[year]] };
  if (day === undefined) return { 'date-parts': [[year, month]] };
  return { 'date-parts': [[year, month, day]] };
}
