/**
 * Checks across records and files: unique ids, events' references that resolve and fit their scope,
 * every place with an event. Each rule about an event's links is one row of EVENT_LINK_RULES.
 */
import type { Feature, Geometry } from 'geojson';
import { nameOf, type Checking } from './check-records.ts';
import { isObject } from './describe-value.ts';
import { DATA_FILES, PLACE_KINDS, type DataError, type MapEvent, type PlaceKind } from './types.ts';

type IdFeature = Feature<Geometry, { id: string }>;

/** Keeps the first record of each id; later ones are reported and left out. */
export function unique<T extends { id: string }>(file: string, records: T[], checking: Checking): T[] {
  const seen = new Set<string>();
  return records.filter((record) => {
    if (!seen.has(record.id)) return seen.add(record.id);
    checking.errors.push({
      file,
      record: nameOf(checking, record),
      field: 'id',
      expected: 'an id used by no other record',
      got: JSON.stringify(record.id),
    });
    return false;
  });
}

/** Keeps the first feature of each id across the files sharing `seen`; later ones are reported and left out. */
export function uniqueFeatures<F extends IdFeature>(
  file: string,
  features: F[],
  seen: Set<string>,
  checking: Checking,
): F[] {
  return features.filter((feature) => {
    const id = feature.properties.id;
    if (!seen.has(id)) return seen.add(id);
    checking.errors.push({
      file,
      record: nameOf(checking, feature),
      field: 'properties.id',
      expected: 'an id used by no other place, station or corridor',
      got: JSON.stringify(id),
    });
    return false;
  });
}

/** The records of a file as written: its list, or its FeatureCollection's features; none if unreadable. */
function recordsOf(file: unknown): unknown[] {
  if (Array.isArray(file)) return file;
  return isObject(file) && Array.isArray(file.features) ? file.features : [];
}

/** The `properties` (features) or the record itself, of each object in the given files, as written. */
function declaredFields(...files: unknown[]): Record<string, unknown>[] {
  return files.flatMap(recordsOf).flatMap((record) => {
    if (!isObject(record)) return [];
    return [isObject(record.properties) ? record.properties : record];
  });
}

/** The ids in `id` (records) or `properties.id` (features) of the given files, as written. */
export function declaredIds(...files: unknown[]): Set<string> {
  const ids = declaredFields(...files).map((fields) => fields.id);
  return new Set(ids.filter((id): id is string => typeof id === 'string'));
}

/** Ids listed in any event's `places`, whether or not the event itself is valid. */
export function placesNamedByEvents(events: unknown): Set<string> {
  const places = declaredFields(events).flatMap((event): unknown[] =>
    Array.isArray(event.places) ? event.places : [],
  );
  return new Set(places.filter((id): id is string => typeof id === 'string'));
}

/**
 * What an event's links are checked against. A set is absent when its file could not be read as a
 * whole: that file is reported once, and references into it are neither checked nor dropped.
 */
export interface LinkTargets {
  featureIds?: Set<string>;
  sourceIds?: Set<string>;
  /** What an id names, where known: a place's kind, "station" or "railway line". */
  kindOf: (id: string) => PlaceKind | 'station' | 'railway line' | undefined;
}

/**
 * A kindOf for LinkTargets. Kept places count first; a place left out for other faults still tells
 * its kind when that field is valid, so fixing the place does not reveal a second problem later.
 */
export function kindsOf(
  places: { properties: { id: string; kind: PlaceKind } }[],
  raw: { places: unknown; stations: unknown; corridor: unknown },
): LinkTargets['kindOf'] {
  const kinds = new Map<string, PlaceKind | 'station' | 'railway line'>();
  for (const { properties } of places) kinds.set(properties.id, properties.kind);
  for (const fields of declaredFields(raw.places)) {
    const kind = PLACE_KINDS.find((k) => k === fields.kind);
    if (typeof fields.id === 'string' && kind && !kinds.has(fields.id)) kinds.set(fields.id, kind);
  }
  for (const id of declaredIds(raw.stations)) if (!kinds.has(id)) kinds.set(id, 'station');
  for (const id of declaredIds(raw.corridor)) if (!kinds.has(id)) kinds.set(id, 'railway line');
  return (id) => kinds.get(id);
}

type LinkProblem = Omit<DataError, 'file' | 'record'>;
type EventLinkRule = (event: MapEvent, targets: LinkTargets) => LinkProblem[];

/** The ids of `references` (field and id) that `known` lacks; none are checked when its file was unreadable. */
function unresolved(references: [field: string, id: string][], known: Set<string> | undefined, expected: string) {
  if (!known) return [];
  return references
    .filter(([, id]) => !known.has(id))
    .map(([field, id]) => ({ field, expected, got: JSON.stringify(id) }));
}

const NATIONAL = 'a place of kind "country", since the scope is "national" (a fact about Mali as a whole)';
const LOCAL =
  'a place other than the whole country, since the scope is "local" (facts about Mali as a whole are "national")';

/** National events sit at the country's place; local ones at a place in it, never at the country. */
const scopeFitsPlaces: EventLinkRule = (event, { kindOf }) =>
  event.places.flatMap((id, i) => {
    const kind = kindOf(id);
    if (kind === undefined || (event.scope === 'national') === (kind === 'country')) return [];
    return [
      { field: `places[${i}]`, expected: event.scope === 'national' ? NATIONAL : LOCAL, got: `"${id}" (${kind})` },
    ];
  });

const PLACE = 'the id of a place, station or corridor';
const SOURCE = `the id of a source in ${DATA_FILES.sources}`;

/** Every rule about where an event points; an event breaking any of them is reported and left out. */
export const EVENT_LINK_RULES: readonly EventLinkRule[] = [
  (event, { featureIds }) =>
    unresolved(
      event.places.map((id, i) => [`places[${i}]`, id]),
      featureIds,
      PLACE,
    ),
  (event, { sourceIds }) =>
    unresolved(
      event.citations.map((c, i) => [`citations[${i}].source`, c.source]),
      sourceIds,
      SOURCE,
    ),
  (event, { sourceIds }) =>
    unresolved(
      (event.dateSources ?? []).map((id, i) => [`dateSources[${i}]`, id]),
      sourceIds,
      SOURCE,
    ),
  scopeFitsPlaces,
];

/** The events whose links all hold; the others are reported and left out. */
export function linkEvents(events: MapEvent[], targets: LinkTargets, checking: Checking): MapEvent[] {
  return events.filter((event) => {
    const problems = EVENT_LINK_RULES.flatMap((rule) => rule(event, targets));
    const record = nameOf(checking, event);
    checking.errors.push(...problems.map((problem) => ({ file: DATA_FILES.events, record, ...problem })));
    return problems.length === 0;
  });
}

/** Every place and corridor is listed by at least one event (`linked`), or it has nothing to show. */
export function checkEveryFeatureHasEvents(
  lists: [file: string, features: IdFeature[]][],
  linked: Set<string>,
  checking: Checking,
): void {
  for (const [file, features] of lists) {
    for (const feature of features) {
      if (linked.has(feature.properties.id)) continue;
      checking.errors.push({
        file,
        record: nameOf(checking, feature),
        field: 'properties.id',
        expected: `at least one event in ${DATA_FILES.events} listing this id in its places`,
      });
    }
  }
}
