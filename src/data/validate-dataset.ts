/**
 * Validates the whole dataset: each file's records, then the links between them. Invalid records are
 * reported and left out; everything valid is kept, so one typo never blanks the map.
 */
import type { Feature, Geometry } from 'geojson';
import { checkRecords, featuresOf } from './check-records.ts';
import { isObject } from './record-checker.ts';
import { readCorridor, readPlace, readStation } from './check-features.ts';
import { readEvent } from './check-events.ts';
import { readSource } from './check-sources.ts';
import { todayIso } from './check-dates.ts';
import { DATA_FILES, type DataError, type Dataset, type Result } from './types.ts';

/** Each file's parsed JSON; undefined for a file that could not be read (already reported). */
export type RawDataset = Record<keyof Dataset, unknown>;

const EMPTY_COLLECTION = { type: 'FeatureCollection', features: [] };

/** The valid part of the data and every problem found; `ok` only when there is no problem. */
export type DatasetCheck = Result<Dataset> & { dataset: Dataset };

/**
 * @param raw - the parsed JSON of each geodata file
 * @param today - YYYY-MM-DD; dates after it are refused
 * @example validateDataset({ sources, events, places, stations, corridor }).errors.length // 0
 */
export function validateDataset(raw: RawDataset, today: string = todayIso()): DatasetCheck {
  const errors: DataError[] = [];
  const sources = unique(DATA_FILES.sources, 'source', checkRecords(DATA_FILES.sources, 'source', raw.sources ?? [], errors, (c) => readSource(c, today)), errors);
  const events = unique(DATA_FILES.events, 'event', checkRecords(DATA_FILES.events, 'event', raw.events ?? [], errors, (c) => readEvent(c, today)), errors);
  const places = checkRecords(DATA_FILES.places, 'feature', featuresOf(DATA_FILES.places, raw.places ?? EMPTY_COLLECTION, errors), errors, readPlace);
  const stations = checkRecords(DATA_FILES.stations, 'feature', featuresOf(DATA_FILES.stations, raw.stations ?? EMPTY_COLLECTION, errors), errors, readStation);
  const corridors = checkRecords(DATA_FILES.corridor, 'feature', featuresOf(DATA_FILES.corridor, raw.corridor ?? EMPTY_COLLECTION, errors), errors, readCorridor);

  uniqueFeatures([
    [DATA_FILES.places, places],
    [DATA_FILES.stations, stations],
    [DATA_FILES.corridor, corridors],
  ], errors);
  // References resolve against every id declared, valid record or not, so one bad record is
  // reported once rather than again through everything that points at it.
  const features = declaredIds(raw.places, raw.stations, raw.corridor);
  const sourceIds = declaredIds(raw.sources);
  const linkedEvents = events.filter((event, index) => {
    const before = errors.length;
    const where = { file: DATA_FILES.events, record: `event "${event.id}" (index ${index})` };
    event.places.forEach((id, i) => {
      if (!features.has(id)) errors.push({ ...where, field: `places[${i}]`, expected: 'the id of a place, station or corridor', got: JSON.stringify(id) });
    });
    event.citations.forEach((citation, i) => {
      if (!sourceIds.has(citation.source)) errors.push({ ...where, field: `citations[${i}].source`, expected: `the id of a source in ${DATA_FILES.sources}`, got: JSON.stringify(citation.source) });
    });
    event.dateSources?.forEach((id, i) => {
      if (!sourceIds.has(id)) errors.push({ ...where, field: `dateSources[${i}]`, expected: `the id of a source in ${DATA_FILES.sources}`, got: JSON.stringify(id) });
    });
    return errors.length === before;
  });

  // With events.json unreadable, "no events" would be reported for every place: say it once, not six times.
  if (raw.events !== undefined) checkEveryFeatureHasEvents([[DATA_FILES.places, places], [DATA_FILES.corridor, corridors]], placesNamedByEvents(raw.events), errors);
  const orderedStations = checkStationOrder(stations, errors);
  const corridor = corridors.length === 1 ? corridors : [];
  if (corridors.length !== 1 && raw.corridor !== undefined) {
    errors.push({ file: DATA_FILES.corridor, record: '(whole file)', field: 'features', expected: 'exactly one LineString feature', got: `${corridors.length} valid features` });
  }
  if (raw.stations !== undefined) corridor.forEach((line) => checkLineFollowsStations(line, orderedStations, errors));

  const dataset: Dataset = {
    sources,
    events: linkedEvents,
    places: { type: 'FeatureCollection', features: places },
    stations: { type: 'FeatureCollection', features: orderedStations },
    corridor: { type: 'FeatureCollection', features: corridor },
  };
  return errors.length === 0 ? { ok: true, value: dataset, dataset } : { ok: false, errors, dataset };
}

function unique<T extends { id: string }>(file: string, noun: string, records: T[], errors: DataError[]): T[] {
  const seen = new Set<string>();
  return records.filter((record, index) => {
    if (!seen.has(record.id)) return seen.add(record.id);
    errors.push({ file, record: `${noun} "${record.id}" (index ${index})`, field: 'id', expected: 'an id used by no other record', got: JSON.stringify(record.id) });
    return false;
  });
}

type FeatureList = [file: string, features: Feature<Geometry, { id: string }>[]];

/** Ids shared by places, stations and the corridor must differ, since events point at any of them. */
function uniqueFeatures(lists: FeatureList[], errors: DataError[]): void {
  const ids = new Set<string>();
  for (const [file, features] of lists) {
    features.forEach((feature, index) => {
      const id = feature.properties.id;
      if (ids.has(id)) {
        errors.push({ file, record: `feature "${id}" (index ${index})`, field: 'properties.id', expected: 'an id used by no other place, station or corridor', got: JSON.stringify(id) });
      }
      ids.add(id);
    });
  }
}

/** The ids in `id` (records) or `properties.id` (features) of the given files, as written. */
function declaredIds(...files: unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const file of files) {
    const records = Array.isArray(file) ? file : isObject(file) && Array.isArray(file.features) ? file.features : [];
    for (const record of records as unknown[]) {
      if (!isObject(record)) continue;
      const id = isObject(record.properties) ? record.properties.id : record.id;
      if (typeof id === 'string') ids.add(id);
    }
  }
  return ids;
}

/** Ids listed in any event's `places`, whether or not the event itself is valid. */
function placesNamedByEvents(events: unknown): Set<string> {
  const named = new Set<string>();
  for (const event of Array.isArray(events) ? (events as unknown[]) : []) {
    if (isObject(event) && Array.isArray(event.places)) event.places.forEach((id) => typeof id === 'string' && named.add(id));
  }
  return named;
}

function checkEveryFeatureHasEvents(lists: FeatureList[], linked: Set<string>, errors: DataError[]): void {
  for (const [file, features] of lists) {
    features.forEach((feature, index) => {
      const id = feature.properties.id;
      if (!linked.has(id)) errors.push({ file, record: `feature "${id}" (index ${index})`, field: 'properties.id', expected: `at least one event in ${DATA_FILES.events} listing this id in its places` });
    });
  }
}

function checkStationOrder(stations: Dataset['stations']['features'], errors: DataError[]): Dataset['stations']['features'] {
  const sorted = [...stations].sort((a, b) => a.properties.order - b.properties.order);
  sorted.forEach((station, i) => {
    if (station.properties.order !== i + 1) {
      errors.push({ file: DATA_FILES.stations, record: `feature "${station.properties.id}"`, field: 'properties.order', expected: `${i + 1} (orders run 1, 2, 3... without gaps or repeats)`, got: String(station.properties.order) });
    }
  });
  return sorted;
}

/** The corridor line is drawn through the stations in order; a vertex that is not the station is an editing slip. */
function checkLineFollowsStations(line: Dataset['corridor']['features'][number], stations: Dataset['stations']['features'], errors: DataError[]): void {
  const vertices = line.geometry.coordinates;
  const record = `feature "${line.properties.id}"`;
  if (vertices.length !== stations.length) {
    errors.push({ file: DATA_FILES.corridor, record, field: 'geometry.coordinates', expected: `one position per station in ${DATA_FILES.stations} (${stations.length}), in order`, got: `${vertices.length} positions` });
    return;
  }
  vertices.forEach((vertex, i) => {
    const station = stations[i];
    const [lng, lat] = station?.geometry.coordinates ?? [];
    if (station && (vertex[0] !== lng || vertex[1] !== lat)) {
      errors.push({ file: DATA_FILES.corridor, record, field: `geometry.coordinates[${i}]`, expected: `the position of station "${station.properties.id}" [${lng}, ${lat}]`, got: JSON.stringify(vertex) });
    }
  });
}
