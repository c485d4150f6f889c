/**
 * Validates the whole dataset: each file's records against their schema, then the links between
 * them. Invalid records are reported and left out; everything valid is kept, so one typo never
 * blanks the map.
 */
import type * as v from 'valibot';
import { checkRecords, featuresOf, isFeatureList, newChecking, type Checking } from './check-records.ts';
import {
  checkEveryFeatureHasEvents,
  declaredIds,
  kindsOf,
  linkEvents,
  placesNamedByEvents,
  unique,
  uniqueFeatures,
  type LinkTargets,
} from './check-links.ts';
import { checkRailway } from './check-railway.ts';
import { todayIso } from './dates.ts';
import { eventSchema } from './schemas/event-schema.ts';
import { corridorSchema, placeSchema, stationSchema } from './schemas/feature-schemas.ts';
import { sourceSchema } from './schemas/source-schema.ts';
import {
  DATA_FILES,
  type CorridorFeature,
  type Dataset,
  type MapEvent,
  type PlaceFeature,
  type Result,
  type Source,
  type StationFeature,
} from './types.ts';

/** Each file's parsed JSON; undefined for a file that could not be read (already reported). */
export type RawDataset = Record<keyof Dataset, unknown>;

/** The valid part of the data and every problem found; `ok` only when there is no problem. */
export type DatasetCheck = Result<Dataset> & { dataset: Dataset };

/** Each file's records that are valid by themselves, with unique ids. */
interface Records {
  sources: Source[];
  events: MapEvent[];
  places: PlaceFeature[];
  stations: StationFeature[];
  corridors: CorridorFeature[];
}

/** A file that could not be read counts as empty: it was reported once, by the loader. */
function unlessUnread(value: unknown, empty: unknown): unknown {
  return value === undefined ? empty : value;
}

function readRecords(raw: RawDataset, today: string, checking: Checking): Records {
  // Place, station and corridor ids share one namespace, since events point at any of them.
  const featureIds = new Set<string>();
  const features = <F extends PlaceFeature | StationFeature | CorridorFeature>(
    key: 'places' | 'stations' | 'corridor',
    schema: v.GenericSchema<unknown, F>,
  ): F[] => {
    const file = DATA_FILES[key];
    const collection = unlessUnread(raw[key], { type: 'FeatureCollection', features: [] });
    const valid = checkRecords(file, 'feature', featuresOf(file, collection, checking.errors), schema, checking);
    return uniqueFeatures(file, valid, featureIds, checking);
  };
  const list = <T extends { id: string }>(
    key: 'sources' | 'events',
    noun: string,
    schema: v.GenericSchema<unknown, T>,
  ) =>
    unique(
      DATA_FILES[key],
      checkRecords(DATA_FILES[key], noun, unlessUnread(raw[key], []), schema, checking),
      checking,
    );
  return {
    sources: list('sources', 'source', sourceSchema(today)),
    events: list('events', 'event', eventSchema(today)),
    places: features('places', placeSchema()),
    stations: features('stations', stationSchema()),
    corridors: features('corridor', corridorSchema()),
  };
}

/**
 * What events may point at. References resolve against every id declared, valid record or not, so
 * one bad record is reported once rather than again through everything that points at it.
 */
function linkTargets(raw: RawDataset, places: PlaceFeature[]): LinkTargets {
  const featuresRead = [raw.places, raw.stations, raw.corridor].every(isFeatureList);
  return {
    featureIds: featuresRead ? declaredIds(raw.places, raw.stations, raw.corridor) : undefined,
    sourceIds: Array.isArray(raw.sources) ? declaredIds(raw.sources) : undefined,
    kindOf: kindsOf(places, raw),
  };
}

/**
 * @param raw - the parsed JSON of each geodata file
 * @param today - YYYY-MM-DD; dates after it are refused
 * @example validateDataset({ sources, events, places, stations, corridor }).errors.length // 0
 */
export function validateDataset(raw: RawDataset, today: string = todayIso()): DatasetCheck {
  const checking = newChecking();
  const records = readRecords(raw, today, checking);
  const events = linkEvents(records.events, linkTargets(raw, records.places), checking);
  // With events.json unreadable, "no events" would be reported for every place: say it once, not six times.
  if (Array.isArray(raw.events)) {
    const lists: Parameters<typeof checkEveryFeatureHasEvents>[0] = [
      [DATA_FILES.places, records.places],
      [DATA_FILES.corridor, records.corridors],
    ];
    checkEveryFeatureHasEvents(lists, placesNamedByEvents(raw.events), checking);
  }
  const railway = checkRailway(raw, records.stations, records.corridors, checking);
  const dataset: Dataset = {
    sources: records.sources,
    events,
    places: { type: 'FeatureCollection', features: records.places },
    stations: { type: 'FeatureCollection', features: railway.stations },
    corridor: { type: 'FeatureCollection', features: railway.corridor },
  };
  const { errors } = checking;
  return errors.length === 0 ? { ok: true, value: dataset, dataset } : { ok: false, errors, dataset };
}
