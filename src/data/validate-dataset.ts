/**
 * Validates the whole dataset: each file's records, then the links between them. Invalid records are
 * reported and left out; everything valid is kept, so one typo never blanks the map.
 */
import { checkRecords, featuresOf, isFeatureList } from './check-records.ts';
import type { RecordChecker } from './record-checker.ts';
import { readCorridor, readPlace, readStation } from './check-features.ts';
import { readEvent } from './check-events.ts';
import { readSource } from './check-sources.ts';
import { todayIso } from './check-dates.ts';
import {
  checkEveryFeatureHasEvents,
  checkLineFollowsStations,
  checkStationOrder,
  declaredIds,
  placesNamedByEvents,
  unique,
  uniqueFeatures,
  type NameOf,
} from './check-links.ts';
import { DATA_FILES, type DataError, type Dataset, type Result } from './types.ts';

/** Each file's parsed JSON; undefined for a file that could not be read (already reported). */
export type RawDataset = Record<keyof Dataset, unknown>;

const EMPTY_COLLECTION = { type: 'FeatureCollection', features: [] };

/** A file's parsed JSON, or `empty` for a file that could not be read; JSON `null` is a value, and an error. */
function unlessUnread(value: unknown, empty: unknown): unknown {
  return value === undefined ? empty : value;
}

/** The valid part of the data and every problem found; `ok` only when there is no problem. */
export type DatasetCheck = Result<Dataset> & { dataset: Dataset };

/**
 * @param raw - the parsed JSON of each geodata file
 * @param today - YYYY-MM-DD; dates after it are refused
 * @example validateDataset({ sources, events, places, stations, corridor }).errors.length // 0
 */
export function validateDataset(raw: RawDataset, today: string = todayIso()): DatasetCheck {
  const errors: DataError[] = [];
  const names = new Map<object, string>();
  const nameOf: NameOf = (record) => names.get(record) ?? '(record)';
  const sources = unique(
    DATA_FILES.sources,
    checkRecords(
      DATA_FILES.sources,
      'source',
      unlessUnread(raw.sources, []),
      errors,
      (c) => readSource(c, today),
      names,
    ),
    nameOf,
    errors,
  );
  const events = unique(
    DATA_FILES.events,
    checkRecords(DATA_FILES.events, 'event', unlessUnread(raw.events, []), errors, (c) => readEvent(c, today), names),
    nameOf,
    errors,
  );
  const readFeatures = <F extends object>(
    file: string,
    collection: unknown,
    read: (c: RecordChecker) => F | undefined,
  ): F[] =>
    checkRecords(
      file,
      'feature',
      featuresOf(file, unlessUnread(collection, EMPTY_COLLECTION), errors),
      errors,
      read,
      names,
    );
  // Place, station and corridor ids share one namespace, since events point at any of them.
  const featureIds = new Set<string>();
  const places = uniqueFeatures(
    DATA_FILES.places,
    readFeatures(DATA_FILES.places, raw.places, readPlace),
    featureIds,
    nameOf,
    errors,
  );
  const stations = uniqueFeatures(
    DATA_FILES.stations,
    readFeatures(DATA_FILES.stations, raw.stations, readStation),
    featureIds,
    nameOf,
    errors,
  );
  const corridors = uniqueFeatures(
    DATA_FILES.corridor,
    readFeatures(DATA_FILES.corridor, raw.corridor, readCorridor),
    featureIds,
    nameOf,
    errors,
  );

  // References resolve against every id declared, valid record or not, so one bad record is
  // reported once rather than again through everything that points at it. Likewise a file that
  // cannot be read as a whole is reported once: references into it are not checked, and kept.
  const features = declaredIds(raw.places, raw.stations, raw.corridor);
  const featuresRead = [raw.places, raw.stations, raw.corridor].every(isFeatureList);
  const sourceIds = declaredIds(raw.sources);
  const sourcesRead = Array.isArray(raw.sources);
  const linkedEvents = events.filter((event) => {
    const before = errors.length;
    const where = { file: DATA_FILES.events, record: nameOf(event) };
    if (featuresRead) {
      event.places.forEach((id, i) => {
        if (!features.has(id))
          errors.push({
            ...where,
            field: `places[${i}]`,
            expected: 'the id of a place, station or corridor',
            got: JSON.stringify(id),
          });
      });
    }
    if (sourcesRead) {
      event.citations.forEach((citation, i) => {
        if (!sourceIds.has(citation.source))
          errors.push({
            ...where,
            field: `citations[${i}].source`,
            expected: `the id of a source in ${DATA_FILES.sources}`,
            got: JSON.stringify(citation.source),
          });
      });
      event.dateSources?.forEach((id, i) => {
        if (!sourceIds.has(id))
          errors.push({
            ...where,
            field: `dateSources[${i}]`,
            expected: `the id of a source in ${DATA_FILES.sources}`,
            got: JSON.stringify(id),
          });
      });
    }
    return errors.length === before;
  });

  // With events.json unreadable, "no events" would be reported for every place: say it once, not six times.
  if (Array.isArray(raw.events))
    checkEveryFeatureHasEvents(
      [
        [DATA_FILES.places, places],
        [DATA_FILES.corridor, corridors],
      ],
      placesNamedByEvents(raw.events),
      nameOf,
      errors,
    );
  const orderedStations = [...stations].sort((a, b) => a.properties.order - b.properties.order);
  // A station already reported (unreadable, invalid, a duplicate) would be reported again as a gap in
  // the order and a corridor vertex without a station: check those only when every station was kept.
  const everyStationKept = isFeatureList(raw.stations) && stations.length === raw.stations.features.length;
  if (everyStationKept) checkStationOrder(orderedStations, nameOf, errors);
  const corridor = corridors.length === 1 ? corridors : [];
  const lines = isFeatureList(raw.corridor) ? raw.corridor.features.length : 1;
  if (lines !== 1) {
    errors.push({
      file: DATA_FILES.corridor,
      record: '(whole file)',
      field: 'features',
      expected: 'exactly one LineString feature',
      got: `${lines} features`,
    });
  }
  if (everyStationKept) corridor.forEach((line) => checkLineFollowsStations(line, orderedStations, nameOf, errors));

  const dataset: Dataset = {
    sources,
    events: linkedEvents,
    places: { type: 'FeatureCollection', features: places },
    stations: { type: 'FeatureCollection', features: orderedStations },
    corridor: { type: 'FeatureCollection', features: corridor },
  };
  return errors.length === 0 ? { ok: true, value: dataset, dataset } : { ok: false, errors, dataset };
}
