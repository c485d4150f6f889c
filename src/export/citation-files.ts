/**
 * Sources as files for reference managers (BibTeX, RIS, CSL-JSON), shared by the Downloads group and
 * "Cite this view". Everything that writes them (the name parser and citation-js, ~55 KB gzip) loads
 * with `import()` on the first request, so none of it is on the app's start-up path.
 */
import type { Source } from '../data/types.ts';
import type { CslItem } from './csl-item.ts';

/** The three formats, with the file extension and media type each is saved with. */
export const CITATION_FORMATS = [
  { name: 'BibTeX', extension: 'bib', type: 'application/x-bibtex;charset=utf-8' },
  { name: 'RIS', extension: 'ris', type: 'application/x-research-info-systems;charset=utf-8' },
  { name: 'CSL-JSON', extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
] as const;

/** One of CITATION_FORMATS' names. */
export type CitationFormatName = (typeof CITATION_FORMATS)[number]['name'];

/**
 * The text of a citation file: `first` (e.g. the map's own citation) then `sources`, in `format`.
 * @example await citationFileText('RIS', [usipReport]) // 'TY  - RPRT\r\n…'
 */
export async function citationFileText(
  format: CitationFormatName,
  sources: readonly Source[],
  first: readonly CslItem[] = [],
): Promise<string> {
  const { sourcesToCslJson } = await import('./source-citations.ts');
  const items = [...first, ...sourcesToCslJson(sources)];
  if (format === 'CSL-JSON') return JSON.stringify(items, null, 2);
  const writers = await import('./citation-formats.ts');
  return format === 'BibTeX' ? writers.toBibtex(items) : writers.toRis(items);
}
