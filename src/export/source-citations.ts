/**
 * The dataset's sources as CSL-JSON, the form reference managers import and citation-js converts
 * to BibTeX and RIS. Dates carry only the parts the data knows; an author appears only where the
 * publication shows one.
 */
import { parse as parseName } from '@citation-js/name';
import type { Source } from '../data/types.ts';
import { toCslDate, type CslItem, type CslName, type CslType } from './csl-item.ts';

/**
 * How a source's CSL type is chosen: the data has no type field, so the first rule whose test
 * matches the publisher or title wins, and anything else is a web page. News and magazine articles
 * are `webpage` rather than `article-newspaper`: they were all read online, and citation-js's RIS
 * writer keeps neither the author nor more than the year of an `article-newspaper` (TY NEWS),
 * while it keeps both for a web page (TY ELEC).
 */
export const CSL_TYPE_RULES: readonly { type: CslType; test: (source: Source) => boolean }[] = [
  { type: 'entry-encyclopedia', test: (s) => /\b(wikipedia|encyclop(a)?edia)\b/i.test(s.publisher) },
  { type: 'report', test: (s) => /\breport\b/i.test(s.title) || /\binstitute\b/i.test(s.publisher) },
];

/** Words that mark an author as an organisation, written as one literal name and never split. */
const ORGANISATION =
  /\b(contributors|staff|editors?|editorial|desk|team|agency|press|news|office|ministry|mission|institute|university|foundation|council|committee|group|association|bureau|department|cent(re|er)|organi[sz]ation|nations)\b|[()\d]/i;

/** Said of a source whose own address is not confirmed, so it is cited from a stored copy. */
export const ARCHIVE_NOTE = 'Original address not confirmed; cited from a stored copy.';

/**
 * Converts sources to CSL-JSON items: the id (also the BibTeX key), a type from
 * {@link CSL_TYPE_RULES}, the title, the publisher (and, for web pages and encyclopedia entries,
 * the site as container title), the author only when not null (a person split into family and
 * given names, an organisation as a literal), `issued` with only the known date parts, the URL —
 * or the archive URL with {@link ARCHIVE_NOTE} as the note when the original is not confirmed — and
 * the access date. `metadataNote` stays out: it speaks of this project's files, not of the work.
 *
 * @param sources - the sources to cite, e.g. `citedSources(events, dataset.sources)`
 * @returns one CSL-JSON item a source, in the same order
 * @example
 * sourcesToCslJson([usipReport])
 * // [{ id: 'usip-2018-peacekeeper-mali', type: 'report', title: 'China's Evolving Role …',
 * //    author: [{ family: 'Cabestan', given: 'Jean-Pierre' }], publisher: 'United States Institute of Peace',
 * //    issued: { 'date-parts': [[2018]] }, URL: 'https://docslib.org/…', note: 'Original address not confirmed; …',
 * //    accessed: { 'date-parts': [[2026, 11, 22]] } }]
 */
export function sourcesToCslJson(sources: readonly Source[]): CslItem[] {
  return sources.map(sourceToCsl);
}

function sourceToCsl(source: Source): CslItem {
  const type = CSL_TYPE_RULES.find((rule) => rule.test(source))?.type ?? 'webpage';
  const item: CslItem = { id: source.id, type, title: source.title };
  if (source.author !== null) item.author = [cslName(source.author)];
  item.publisher = source.publisher;
  if (type === 'webpage' || type === 'entry-encyclopedia') item['container-title'] = source.publisher;
  const issued = toCslDate(source.published);
  if (issued) item.issued = issued;
  if (source.url !== null) item.URL = source.url;
  else if (source.archiveUrl !== undefined) {
    item.URL = source.archiveUrl;
    item.note = ARCHIVE_NOTE;
  }
  const accessed = toCslDate(source.accessed);
  if (accessed) item.accessed = accessed;
  return item;
}

/** An organisation as one literal name; a person split by citation-js's name parser (particles too). */
function cslName(author: string): CslName {
  const name = author.trim();
  if (ORGANISATION.test(name) || !/\s/.test(name)) return { literal: name };
  const { family, ...rest } = parseName(name);
  return family ? { family, ...rest } : { literal: name };
}
