/** The map itself as a reference, for "Cite this view" in CSL-JSON, BibTeX and RIS. */
import type { CslItem } from './csl-item.ts';
import { toCslDate } from './csl-item.ts';
import { NATURAL_EARTH_CREDIT, type ExportMetadata } from './dataset-metadata.ts';
import { exportFileName } from './export-file-name.ts';

/**
 * A CSL-JSON item citing this view of the map: type `dataset` (so RIS keeps the version, as TY
 * DATA with ET), the title, the version, the view's link as URL, and the day of the view as both
 * `issued` and `accessed` — the map changes with each version, so it is cited as it stood that
 * day, like a wiki page. The note repeats the version (BibTeX has no version field), the filters,
 * the licence and the Natural Earth credit.
 *
 * @param metadata - the export's metadata
 * @returns the map's CSL-JSON item; its id is the file name stem, e.g. `…-v0.1.0-2026-11-22`
 * @example
 * mapCitation(metadata)
 * // { id: 'china-mali-relations-a-sourced-map-v0.1.0-2026-11-22', type: 'dataset',
 * //   title: 'China–Mali relations: a sourced map', version: '0.1.0', URL: 'https://…/#7/12.65/-8',
 * //   issued: { 'date-parts': [[2026, 11, 22]] }, accessed: { 'date-parts': [[2026, 11, 22]] }, note: 'Version 0.1.0. …' }
 */
export function mapCitation(metadata: ExportMetadata): CslItem {
  const id = exportFileName(metadata, 'x').replace(/\.x$/, '');
  const day = toCslDate(metadata.generated);
  const note =
    `Version ${metadata.version}. Events shown: ${metadata.filter}. ` +
    `Licence: ${metadata.licence.name} (${metadata.licence.url}). Basemap: ${NATURAL_EARTH_CREDIT}.`;
  const item: CslItem = {
    id,
    type: 'dataset',
    title: metadata.title,
    version: metadata.version,
    URL: metadata.link,
    note,
  };
  if (day) {
    item.issued = day;
    item.accessed = day;
  }
  return item;
}
