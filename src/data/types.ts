/**
 * The shape of the data in geodata/: the contract between the files people edit and the code that
 * draws them. Each record's type is inferred from its schema in ./schemas/, so a field is written
 * once and the check and the type cannot drift apart; `validateDataset` turns unknown JSON into
 * these or into errors.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Citation, MapEvent } from './schemas/event-schema.ts';
import type { CorridorProperties, PlaceProperties, StationProperties } from './schemas/feature-schemas.ts';
import type { Figure } from './schemas/figure-schema.ts';
import type { Source } from './schemas/source-schema.ts';
import type { Story, StoryStep } from './schemas/story-schema.ts';

export type {
  Citation,
  CorridorProperties,
  Figure,
  MapEvent,
  PlaceProperties,
  Source,
  StationProperties,
  Story,
  StoryStep,
};

/**
 * The map's languages: its interface and its data's own words (titles, summaries, notes, captions).
 * English comes first: the data is written in it, and each other language's texts sit beside the
 * English on each record, under the language's key (`"fr": { "title": … }`), checked like the
 * English. Adding a language is adding its key here, its catalogue in src/i18n/ and its texts in
 * geodata/ (the type checker and the validation ask for each).
 */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
/**
 * The language the data is written in. Names, region names and source titles stay in it, and quotes
 * stay in their sources' own language, which for every document here is English.
 */
export const BASE_LANGUAGE = 'en' satisfies Language;
/** The languages whose texts are translations, each a member of the records beside the English. */
export type TranslatedLanguage = Exclude<Language, typeof BASE_LANGUAGE>;
/** The translated languages, in the order of LANGUAGES. */
export const TRANSLATED_LANGUAGES = LANGUAGES.filter((lang): lang is TranslatedLanguage => lang !== BASE_LANGUAGE);
/** Each language's English name, for the validation's messages ("the French text of …"). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'French' };

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

export const FIGURE_MEASURES = ['amount', 'killed', 'injured', 'abducted', 'personnel', 'percent'] as const;
export type FigureMeasure = (typeof FIGURE_MEASURES)[number];
export const CURRENCIES = ['USD', 'XOF'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const EVENT_SCOPES = ['local', 'national'] as const;
/** `national`: a fact about Mali as a whole, shown at the capital and labelled so. */
export type EventScope = (typeof EVENT_SCOPES)[number];

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

/** What the page loads: the dataset and, when geodata/story.json has one, the guided tour. */
export interface Geodata extends Dataset {
  story?: Story;
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
