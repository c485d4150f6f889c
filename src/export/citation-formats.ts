/**
 * CSL-JSON items as BibTeX and RIS, written by citation-js. This module is the heavy one of the
 * exports (citation-js and two plugins, ~45 KB gzip): load it with `import()` when the reader asks
 * for a citation file, never from the app's start-up path.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslDate, CslItem } from './csl-item.ts';

/** RIS ends each line with CR LF (RIS specification; Zotero writes it so too). */
const RIS_LINE_END = '\r\n';

/**
 * Writes items as BibTeX. Keys are the items' ids with every character but letters, digits and
 * "_" turned into "_" (`usip_2018_peacekeeper_mali`): citation-js rejects keys with hyphens and
 * would make up its own. Non-ASCII letters are escaped as TeX commands (é → {\'e}), so the file
 * works with classic BibTeX. Dates keep their precision: `year`, then `month` when known, and the
 * day written inside `month` ("nov 22") as citation-js does. Web pages, encyclopedia entries and
 * datasets become @misc, reports @techreport. BibTeX has no access-date field: citation-js writes
 * "[Online; accessed …]" as the note but drops it when the item has a note, so here it is appended.
 *
 * @param items - CSL-JSON items, e.g. from `sourcesToCslJson` and `mapCitation`
 * @returns the .bib text
 * @example
 * toBibtex(sourcesToCslJson([usipReport]))
 * // '@techreport{usip_2018_peacekeeper_mali,\n\tauthor = {Cabestan, Jean-Pierre},\n\tyear = {2018},\n…'
 */
export function toBibtex(items: readonly CslItem[]): string {
  const prepared = items.map((item) => ({
    ...withAccessInNote(item),
    'citation-key': item.id.replace(/[^A-Za-z0-9_]/g, '_'),
  }));
  const text = new Cite(prepared).format('bibtex', { format: 'text' });
  if (typeof text !== 'string') throw new TypeError('citation-js returned no BibTeX text');
  return text;
}

/**
 * Writes items as RIS: citation-js maps the fields (its default "mixed" mapping: TY from the CSL
 * type, PY for the year and DA for the date as YYYY/MM/DD/ with unknown parts left empty, AU one a
 * line, UR, N1, Y2 or — for web pages — M1 for the access date), and this function writes the lines.
 * citation-js's own writer breaks every value after 70 characters, and readers such as Zotero join
 * such broken lines with a space, which corrupts long titles and URLs; here each value stays on
 * one line, with CRLF line ends.
 *
 * @param items - CSL-JSON items
 * @returns the .ris text
 * @example
 * toRis(sourcesToCslJson([usipReport]))
 * // 'TY  - RPRT\r\nAU  - Cabestan, Jean-Pierre\r\nDA  - 2018///\r\nPY  - 2018\r\n…\r\nER  - \r\n'
 */
export function toRis(items: readonly CslItem[]): string {
  const records = new Cite(items.map((item) => ({ ...item }))).format('ris', { format: 'object' });
  if (!Array.isArray(records)) throw new TypeError('citation-js returned no RIS records');
  return records.map((record: unknown) => risRecord(record) + RIS_LINE_END).join('');
}

/** One record: TY first, ER last, one line a value; line breaks inside a value become spaces. */
function risRecord(record: unknown): string {
  const lines: string[] = [];
  let type = '';
  for (const [tag, value] of Object.entries(record ?? {})) {
    const values = (Array.isArray(value) ? value : [value]).map((v) => String(v).replace(/\s*[\r\n]+\s*/g, ' '));
    if (tag === 'TY') type = values[0] ?? '';
    else lines.push(...values.map((v) => `${tag}  - ${v}`));
  }
  return [`TY  - ${type}`, ...lines, 'ER  - '].join(RIS_LINE_END);
}

function withAccessInNote(item: CslItem): CslItem {
  if (item.note === undefined || item.accessed === undefined) return { ...item };
  return { ...item, note: `${item.note} [Online; accessed ${isoDate(item.accessed)}]` };
}

function isoDate(date: CslDate): string {
  return date['date-parts'][0].map((part, i) => (i === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
}
