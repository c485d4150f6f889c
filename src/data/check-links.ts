/** Checks across records and files: unique ids, references that resolve, stations and the line in step. */
import type { Feature, Geometry } from 'geojson';
import { isObject } from './record-checker.ts';
import { DATA_FILES, type DataError, type Dataset } from './types.ts';

/** How errors name a kept record: as the file has it, e.g. `event "x" (index 3)`. */
export type NameOf = (record: object) => string;

/** Keeps the first record of each id; later ones are reported and left out. */
export function unique<T extends { id: string }>(file: string, records: T[], nameOf: NameOf, errors: DataError[]): T[] {
  const seen = new Set<string>();
  return records.filter((record) => {
    if (!seen.has(record.id)) return seen.add(record.id);
    errors.push({
      file,
      record: nameOf(record),
      field: 'id',
      expected: 'an id used by no other record',
      got: JSON.stringify(record.id),
    });
    return false;
  });
}

export type FeatureList = [file: string, features: Feature<Geometry, { id: string }>[]];

/** Keeps the first feature of each id across the files sharing `seen`; later ones are reported and left out. */
export function uniqueFeatures<F extends Feature<Geometry, { id: string }>>(
  file: string,
  features: F[],
  seen: Set<string>,
  nameOf: NameOf,
  errors: DataError[],
): F[] {
  return features.filter((feature) => {
    const id = feature.properties.id;
    if (!seen.has(id)) return seen.add(id);
    errors.push({
      file,
      record: nameOf(feature),
      field: 'properties.id',
      expected: 'an id used by no other place, station or corridor',
      got: JSON.stringify(id),
    });
    return false;
  });
}

/** The ids in `id` (records) or `properties.id` (features) of the given files, as written. */
export function declaredIds(...files: unknown[]): Set<string> {
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
export function placesNamedByEvents(events: unknown): Set<string> {
  const named = new Set<string>();
  for (const event of Array.isArray(events) ? (events as unknown[]) : []) {
    if (isObject(event) && Array.isArray(event.places))
      event.places.forEach((id) => typeof id === 'string' && named.add(id));
  }
  return named;
}

export function checkEveryFeatureHasEvents(
  lists: FeatureList[],
  linked: Set<string>,
  nameOf: NameOf,
  errors: DataError[],
): void {
  for (const [file, features] of lists) {
    features.forEach((feature) => {
      const id = feature.properties.id;
      if (!linked.has(id))
        errors.push({
          file,
          record: nameOf(feature),
          field: 'properties.id',
          expected: `at least one event in ${DATA_FILES.events} listing this id in its places`,
        });
    });
  }
}

/** Orders run 1, 2, 3... over the stations sorted by order. */
export function checkStationOrder(sorted: Dataset['stations']['features'], nameOf: NameOf, errors: DataError[]): void {
  sorted.forEach((station, i) => {
    if (station.properties.order !== i + 1) {
      errors.push({
        file: DATA_FILES.stations,
        record: nameOf(station),
        field: 'properties.order',
        expected: `${i + 1} (orders run 1, 2, 3... without gaps or repeats)`,
        got: String(station.properties.order),
      });
    }
  });
}

/** The corridor line is drawn through the stations in order; a vertex that is not the station is an editing slip. */
export function checkLineFollowsStations(
  line: Dataset['corridor']['features'][number],
  stations: Dataset['stations']['features'],
  nameOf: NameOf,
  errors: DataError[],
): void {
  const vertices = line.geometry.coordinates;
  const record = nameOf(line);
  if (vertices.length !== stations.length) {
    errors.push({
      file: DATA_FILES.corridor,
      record,
      field: 'geometry.coordinates',
      expected: `one position per station in ${DATA_FILES.stations} (${stations.length}), in order`,
      got: `${vertices.length} positions`,
    });
    return;
  }
  vertices.forEach((vertex, i) => {
    const station = stations[i];
    const [lng, lat] = station?.geometry.coordinates ?? [];
    if (station && (vertex[0] !== lng || vertex[1] !== lat)) {
      errors.push({
        file: DATA_FILES.corridor,
        record,
        field: `geometry.coordinates[${i}]`,
        expected: `the position of station "${station.properties.id}" [${lng}, ${lat}]`,
        got: JSON.stringify(vertex),
      });
    }
  });
}
