/**
 * The events as a CSV table for spreadsheets: one row an event, lists inside a cell joined by
 * {@link LIST_SEPARATOR}, and the export's provenance repeated in the last columns of every row, so
 * that the table stays a plain table (no lines above the header) and a row copied elsewhere still
 * says where it came from, under which licence, and whom to credit.
 */
import { PRECISION_MEANINGS } from '../data/precision.ts';
import { TRANSLATED_LANGUAGES, type Dataset, type Figure, type MapEvent } from '../data/types.ts';
import { encodeCsv } from './csv-encode.ts';
import type { ExportMetadata } from './dataset-metadata.ts';
import { featureLookup, type FeatureSummary } from './feature-lookup.ts';
import { guardFormula } from './formula-guard.ts';

/**
 * Joins the values of a list inside one cell (places, coordinates, themes, actors, figures,
 * sources, quotes). Split a cell on exactly this string to get the list back; the n-th value of
 * `place_ids`, `place_names`, `longitudes`, `latitudes` and `place_precisions` belong to the same
 * place, and the n-th values of `source_ids` and `quotes` to the same citation. A value that itself
 * contains " | " cannot be told apart from two values: the data has none, and the GeoJSON export
 * keeps every list as an array.
 */
export const LIST_SEPARATOR = ' | ';

interface Row {
  event: MapEvent;
  places: (FeatureSummary | undefined)[];
  metadata: ExportMetadata;
}

/**
 * `text` cells are guarded against formulas; `coordinates` cells hold only numbers we format
 * ourselves, so a single value stays a bare number (-8.00198 must stay numeric) and only a list,
 * which a spreadsheet reads as text anyway, is guarded like text.
 */
type Column = { name: string; kind: 'text'; cell: (row: Row) => string | string[] } | CoordinateColumn;
type CoordinateColumn = { name: string; kind: 'coordinates'; cell: (row: Row) => (number | undefined)[] };

const text = (name: string, cell: (row: Row) => string | string[]): Column => ({ name, kind: 'text', cell });

/**
 * Each translated language's own words for the event, in columns named after the English ones with
 * the language's code: `title_fr`, `date_note_fr`, `summary_fr`, `caution_fr`, `figures_fr` (the
 * French label and caution, the same value and unit). Empty exactly where the English is.
 */
const TRANSLATED_COLUMNS: readonly Column[] = TRANSLATED_LANGUAGES.flatMap((lang) => [
  text(`title_${lang}`, ({ event }) => event[lang]?.title ?? ''),
  text(`date_note_${lang}`, ({ event }) => event[lang]?.dateNote ?? ''),
  text(`summary_${lang}`, ({ event }) => event[lang]?.summary ?? ''),
  text(`caution_${lang}`, ({ event }) => event[lang]?.caution ?? ''),
  text(`figures_${lang}`, ({ event }) =>
    (event.figures ?? []).map((figure) => figureText({ ...figure, ...figure[lang] })),
  ),
]);

/** The columns, in order; their names are the header row. */
const COLUMNS: readonly Column[] = [
  text('id', ({ event }) => event.id),
  text('title', ({ event }) => event.title),
  text('date', ({ event }) => event.date),
  text('date_precision', ({ event }) => event.datePrecision),
  text('date_basis', ({ event }) => event.dateBasis),
  text('date_note', ({ event }) => event.dateNote ?? ''),
  text('date_source_ids', ({ event }) => event.dateSources ?? []),
  text('place_ids', ({ event }) => event.places),
  text('place_names', ({ places }) => places.map((place) => place?.name ?? '')),
  { name: 'longitudes', kind: 'coordinates', cell: ({ places }) => places.map((place) => place?.position?.[0]) },
  { name: 'latitudes', kind: 'coordinates', cell: ({ places }) => places.map((place) => place?.position?.[1]) },
  text('place_precisions', ({ places }) => places.map((place) => precisionText(place))),
  text('scope', ({ event }) => event.scope),
  text('themes', ({ event }) => event.themes),
  text('actors', ({ event }) => event.actors),
  text('summary', ({ event }) => event.summary),
  text('caution', ({ event }) => event.caution ?? ''),
  text('figures', ({ event }) => (event.figures ?? []).map(figureText)),
  text('source_ids', ({ event }) => event.citations.map((citation) => citation.source)),
  text('quotes', ({ event }) => event.citations.map((citation) => citation.quote)),
  ...TRANSLATED_COLUMNS,
  text('dataset_version', ({ metadata }) => metadata.version),
  text('generated', ({ metadata }) => metadata.generated),
  text('licence', ({ metadata }) => `${metadata.licence.name} (${metadata.licence.url})`),
  text('attribution', ({ metadata }) => metadata.attribution),
  text('view_link', ({ metadata }) => metadata.link),
];

/** The header row: the column names, in order. */
export const EVENTS_CSV_COLUMNS: readonly string[] = COLUMNS.map((column) => column.name);

/**
 * Writes the events as RFC 4180 CSV with a header row (see {@link EVENTS_CSV_COLUMNS}), a UTF-8
 * BOM and CRLF line ends. Text cells that a spreadsheet would run as a formula get a leading
 * apostrophe (`guardFormula`); single coordinates stay bare numbers. A place's longitude, latitude
 * and precision are empty for the railway corridor, a line with no single point. The metadata's
 * version, day, licence, attribution and link fill the last columns of every row; use
 * `exportFileName(metadata, 'csv')` to name the file.
 *
 * @param events - the events to export, in the order wanted (e.g. those the filters let through)
 * @param dataset - the dataset they come from, to name and place their features
 * @param metadata - the export's provenance
 * @returns the CSV text, to be saved as UTF-8 (`text/csv;charset=utf-8`)
 * @example
 * eventsToCsv(dataset.events, dataset, metadata)
 * // '\uFEFFid,title,date,…\r\ngao-camp-attack-2016,Attack on the MINUSMA camp in Gao,2016-05-31,…\r\n'
 */
export function eventsToCsv(events: readonly MapEvent[], dataset: Dataset, metadata: ExportMetadata): string {
  const lookup = featureLookup(dataset);
  const rows = events.map((event) => {
    const row: Row = { event, places: event.places.map((id) => lookup.get(id)), metadata };
    return COLUMNS.map((column) => cellText(column, row));
  });
  return encodeCsv([EVENTS_CSV_COLUMNS, ...rows]);
}

function cellText(column: Column, row: Row): string {
  if (column.kind === 'coordinates') {
    const values = column.cell(row).map((value) => (value === undefined ? '' : String(value)));
    const joined = values.join(LIST_SEPARATOR);
    return values.length === 1 ? joined : guardFormula(joined);
  }
  const value = column.cell(row);
  return guardFormula(typeof value === 'string' ? value : value.join(LIST_SEPARATOR));
}

/** "2 (near)": the UCDP/AidData code, then its label, so a reader needs no legend. */
function precisionText(place: FeatureSummary | undefined): string {
  if (!place || place.precision === null) return '';
  return `${place.precision} (${PRECISION_MEANINGS[place.precision].label})`;
}

/**
 * "label: value unit [caution: …]": the unit is the currency of an amount or "%" for a percentage;
 * the value is written in full (138000000), without separators a spreadsheet could misread.
 */
function figureText(figure: Figure): string {
  const unit = figure.currency ? ` ${figure.currency}` : figure.measure === 'percent' ? '%' : '';
  const caution = figure.caution ? ` [caution: ${figure.caution}]` : '';
  return `${figure.label}: ${figure.value}${unit}${caution}`;
}
