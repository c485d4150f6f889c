/**
 * The shape of the data in geodata/. These types are the contract between the files people edit
 * and the code that draws them; `validateDataset` turns unknown JSON into these or into errors.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';

/** Themes an event can carry: a small fixed set so filters and legends stay meaningful. */
export const THEMES = [
  'diplomacy',
  'peacekeeping',
  'security',
  'defence',
  'mining',
  'infrastructure',
  'finance',
  'trade',
  'governance',
] as const;
export type Theme = (typeof THEMES)[number];

/** What a place is, in the context of this map; drives its symbol. */
export const PLACE_KINDS = [
  'country',
  'capital',
  'city',
  'town',
  'mining-site',
  'exploration-site',
  'incident-site',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * How precise a point is, after the UCDP/AidData geocoding precision codes
 * (Strandow et al., "The UCDP and AidData codebook on georeferencing aid", v1.1, 2011).
 * Only the codes this map uses are listed; their meanings live in src/data/precision.ts.
 */
export const PRECISION_CODES = [1, 2, 3, 4, 6] as const;
export type PrecisionCode = (typeof PRECISION_CODES)[number];

/** How a date is known: read in the cited text, inferred from it, or taken from another report. */
export const DATE_BASES = ['stated', 'inferred', 'other-report'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** Precision of a date; must agree with the form of `date` (see src/data/dates.ts). */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'range'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const SOURCE_KINDS = ['document', 'corroborating'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One publication: one of the five documents, or a report cited only to pin a date. */
export interface Source {
  id: string;
  kind: SourceKind;
  title: string;
  publisher: string;
  /** null when the publication shows no author. */
  author: string | null;
  /** ISO date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string;
  /** What about the metadata is unconfirmed, if anything. */
  metadataNote?: string;
  /** http(s) address of the original, or null where none is confirmed. */
  url: string | null;
  /** http(s) address of a stored copy, where the original's address is not confirmed. */
  archiveUrl?: string;
  /** YYYY-MM-DD: when the text was read. */
  accessed: string;
  /** For documents: the file in ../shared/seeds/ holding its text, so quotes can be checked. */
  textFile?: string;
}

/** A passage copied word for word from a source, supporting an event. */
export interface Citation {
  source: string;
  quote: string;
}

export const FIGURE_MEASURES = ['amount', 'killed', 'injured', 'abducted', 'personnel', 'percent'] as const;
export type FigureMeasure = (typeof FIGURE_MEASURES)[number];
export const CURRENCIES = ['USD', 'XOF'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** A number the source gives. `currency` is required for amounts and absent otherwise. */
export interface Figure {
  measure: FigureMeasure;
  value: number;
  currency?: Currency;
  /** Short words saying what the number counts, e.g. "Chinese investment to control the project". */
  label: string;
  /** Our own words: why the number is doubtful or disputed, and what it was checked against. */
  caution?: string;
}

export const EVENT_SCOPES = ['local', 'national'] as const;
/** `national`: a fact about Mali as a whole, shown at the capital and labelled so. */
export type EventScope = (typeof EVENT_SCOPES)[number];

export interface MapEvent {
  id: string;
  title: string;
  /** Our own words, two sentences at most. */
  summary: string;
  /** YYYY, YYYY-MM, YYYY-MM-DD, or START/END with either side in those forms. */
  date: string;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  /** Why the date is what it is, where it is inferred or taken from another report. */
  dateNote?: string;
  /** Sources (usually `corroborating`) that pin a date the documents leave open. */
  dateSources?: string[];
  scope: EventScope;
  /** Ids of places, stations or the corridor. */
  places: string[];
  /** How the place was inferred, where the sources do not name it. */
  placeNote?: string;
  /** Our own words: why the event as reported is doubtful or disputed, and what it was checked against. */
  caution?: string;
  themes: Theme[];
  actors: string[];
  figures?: Figure[];
  citations: Citation[];
}

export interface PlaceProperties {
  id: string;
  name: string;
  /** Other spellings people search for (Faléa, Naréna...). */
  altNames: string[];
  kind: PlaceKind;
  region: string;
  country: string;
  precision: PrecisionCode;
  /** What the point rests on: a gazetteer, a distance in a document... */
  precisionNote: string;
}

export interface StationProperties {
  id: string;
  name: string;
  altNames: string[];
  country: string;
  /** Position along the line, 1 = Dakar. */
  order: number;
  /** Distance by rail from Dakar, null where no source gives it. */
  kmFromDakar: number | null;
  /** True where the km figure is "about". */
  kmApprox: boolean;
  precision: PrecisionCode;
  precisionNote: string;
}

export interface CorridorProperties {
  id: string;
  name: string;
  altNames: string[];
  /** Length published for the railway, in km. */
  publishedLengthKm: number;
  /** Says the line joins stations and does not trace the track. */
  geometryNote: string;
}

export type PlaceFeature = Feature<Point, PlaceProperties>;
export type StationFeature = Feature<Point, StationProperties>;
export type CorridorFeature = Feature<LineString, CorridorProperties>;

/** Everything the map draws, validated and cross-checked. */
export interface Dataset {
  sources: Source[];
  events: MapEvent[];
  places: FeatureCollection<Point, PlaceProperties>;
  stations: FeatureCollection<Point, StationProperties>;
  corridor: FeatureCollection<LineString, CorridorProperties>;
}

/** The files of geodata/ that make up a Dataset, by name. */
export const DATA_FILES = {
  sources: 'sources.json',
  events: 'events.json',
  places: 'places.geojson',
  stations: 'stations.geojson',
  corridor: 'corridor.geojson',
} as const satisfies Record<keyof Dataset, string>;

/** One problem found in the data: where it is and what was expected. */
export interface DataError {
  file: string;
  /** The record's id where it has one, else its index, e.g. `event "gao-attack"` or `feature 3`. */
  record: string;
  field: string;
  expected: string;
  /** What was found, shortened for display. */
  got?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: DataError[] };
