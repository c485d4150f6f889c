/** A download's file name, derived from its metadata so that a saved file says what and when it is. */
import type { ExportMetadata } from './dataset-metadata.ts';

/**
 * Names a download after the map, its version and the day it was made, in characters every file
 * system accepts (accents folded, everything else but letters and digits turned into hyphens).
 *
 * @param metadata - the export's metadata
 * @param extension - without the dot: `csv`, `geojson`, `bib`, `ris`, `json`
 * @returns e.g. `china-mali-relations-a-sourced-map-v0.1.0-2026-11-22.csv`
 * @example
 * exportFileName({ ...metadata, title: 'China–Mali relations: a sourced map', version: '0.1.0',
 *   generated: '2026-11-22' }, 'csv')
 * // 'china-mali-relations-a-sourced-map-v0.1.0-2026-11-22.csv'
 */
export function exportFileName(metadata: ExportMetadata, extension: string): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return `${slug(metadata.title) || 'export'}-v${slug(metadata.version)}-${metadata.generated}.${slug(extension)}`;
}
