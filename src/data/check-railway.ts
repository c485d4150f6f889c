/** Checks of the railway as a whole: stations numbered in order, and the line drawn through them. */
import { isFeatureList, nameOf, type Checking } from './check-records.ts';
import { DATA_FILES, type CorridorFeature, type StationFeature } from './types.ts';

/** Orders run 1, 2, 3... over the stations sorted by order. */
export function checkStationOrder(sorted: StationFeature[], checking: Checking): void {
  sorted.forEach((station, i) => {
    if (station.properties.order === i + 1) return;
    checking.errors.push({
      file: DATA_FILES.stations,
      record: nameOf(checking, station),
      field: 'properties.order',
      expected: `${i + 1} (orders run 1, 2, 3... without gaps or repeats)`,
      got: String(station.properties.order),
    });
  });
}

/** The corridor line is drawn through the stations in order; a vertex that is not the station is an editing slip. */
export function checkLineFollowsStations(line: CorridorFeature, stations: StationFeature[], checking: Checking): void {
  const vertices = line.geometry.coordinates;
  const record = nameOf(checking, line);
  if (vertices.length !== stations.length) {
    checking.errors.push({
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
    if (!station || (vertex[0] === lng && vertex[1] === lat)) return;
    checking.errors.push({
      file: DATA_FILES.corridor,
      record,
      field: `geometry.coordinates[${i}]`,
      expected: `the position of station "${station.properties.id}" [${lng}, ${lat}]`,
      got: JSON.stringify(vertex),
    });
  });
}

/**
 * Puts the stations in order and keeps the corridor only if it is the file's one line. A station
 * already reported (unreadable, invalid, a duplicate) would be reported again as a gap in the order
 * and a vertex without a station, so those two checks run only when every station was kept.
 * @param raw - the parsed stations.geojson and corridor.geojson, as written
 */
export function checkRailway(
  raw: { stations: unknown; corridor: unknown },
  stations: StationFeature[],
  corridors: CorridorFeature[],
  checking: Checking,
): { stations: StationFeature[]; corridor: CorridorFeature[] } {
  const ordered = [...stations].sort((a, b) => a.properties.order - b.properties.order);
  const everyStationKept = isFeatureList(raw.stations) && stations.length === raw.stations.features.length;
  if (everyStationKept) checkStationOrder(ordered, checking);
  const lines = isFeatureList(raw.corridor) ? raw.corridor.features.length : 1;
  if (lines !== 1) {
    checking.errors.push({
      file: DATA_FILES.corridor,
      record: '(whole file)',
      field: 'features',
      expected: 'exactly one LineString feature',
      got: `${lines} features`,
    });
  }
  const corridor = corridors.length === 1 ? corridors : [];
  if (everyStationKept) corridor.forEach((line) => checkLineFollowsStations(line, ordered, checking));
  return { stations: ordered, corridor };
}
