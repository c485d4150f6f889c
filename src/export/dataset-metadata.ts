/**
 * What every download says about itself: which map and version, when it was made, the link to the
 * view it came from, the licence, the credits it owes, and which filters shaped it.
 */

/** The licence of our dataset; every export names it and links to its legal code. */
export const DATASET_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The credit Natural Earth asks for (public domain basemap and reference coordinates). */
export const NATURAL_EARTH_CREDIT = 'Made with Natural Earth';

/** The filter description used when the caller gives none: the export holds every event. */
export const NO_FILTER = 'All events';

/** Provenance carried by every export (CSV columns, a GeoJSON foreign member, the map's citation). */
export interface ExportMetadata {
  /** The map's title, e.g. "China–Mali relations: a sourced map". */
  title: string;
  /** The app's version (package.json). */
  version: string;
  /** YYYY-MM-DD, in UTC: the day the file was made. */
  generated: string;
  /** The address of the view the export came from (its hash holds the filters). */
  link: string;
  licence: typeof DATASET_LICENCE;
  /** One sentence crediting our dataset and Natural Earth, ready to paste under a figure. */
  attribution: string;
  /** Words saying which events the export holds, e.g. "Years 2010–2026; themes: mining". */
  filter: string;
}

/** What the caller knows; the rest of {@link ExportMetadata} is derived. */
export interface ExportMetadataInput {
  title: string;
  version: string;
  link: string;
  /** Defaults to {@link NO_FILTER}. */
  filter?: string;
  /** The moment of the export; a parameter so tests can pin it. Defaults to now. */
  now?: Date;
}

/**
 * Builds the metadata an export carries: the dataset's title and version, the day, the link, the
 * CC BY 4.0 licence, and an attribution naming both our dataset and Natural Earth.
 *
 * @param input - the map's title and version, the view's link, and a description of the filters
 * @returns the metadata, with `generated` as YYYY-MM-DD in UTC
 * @example
 * buildExportMetadata({ title: 'China–Mali relations: a sourced map', version: '0.1.0',
 *   link: 'https://example.org/#6/13/-6', now: new Date('2026-11-22T10:00:00Z') })
 * // { title: 'China–Mali relations: a sourced map', version: '0.1.0', generated: '2026-11-22',
 * //   licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
 * //   attribution: '“China–Mali relations: a sourced map”, version 0.1.0, CC BY 4.0 … Made with Natural Earth …',
 * //   filter: 'All events', link: 'https://example.org/#6/13/-6' }
 */
export function buildExportMetadata(input: ExportMetadataInput): ExportMetadata {
  const { title, version, link, filter = NO_FILTER, now = new Date() } = input;
  const attribution =
    `“${title}”, version ${version}, ${DATASET_LICENCE.name} (${DATASET_LICENCE.url}). ` +
    `Basemap and reference coordinates: ${NATURAL_EARTH_CREDIT} (public domain).`;
  return {
    title,
    version,
    generated: now.toISOString().slice(0, 10),
    link,
    licence: DATASET_LICENCE,
    attribution,
    filter,
  };
}
