/**
 * The map's features with their events as one GeoJSON file (RFC 7946) for GIS tools: each place,
 * each station that has events, and the railway corridor, carrying the events exported there.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { PRECISION_MEANINGS } from '../data/precision.ts';
import type {
  CorridorProperties,
  Dataset,
  MapEvent,
  PlaceProperties,
  PrecisionCode,
  Source,
  StationProperties,
} from '../data/types.ts';
import { citedSources } from './cited-sources.ts';
import type { ExportMetadata } from './dataset-metadata.ts';

/** A citation with its source's title beside the id, so a reader of the file needs no lookup. */
export interface ExportCitation {
  source: string;
  /** null only if the id names no source (the dataset's checks forbid that). */
  sourceTitle: string | null;
  quote: string;
}

/** An event as exported: every field of the data, its citations resolved. */
export type ExportEvent = Omit<MapEvent, 'citations'> & { citations: ExportCitation[] };

/** The UCDP/AidData precision of a point, in words beside its code. */
interface PrecisionWords {
  precisionLabel: string;
  precisionMeaning: string;
}

/** A feature's own properties, which layer it belongs to, and the exported events there. */
export type ExportFeatureProperties =
  | (PlaceProperties & PrecisionWords & { layer: 'place'; events: ExportEvent[] })
  | (StationProperties & PrecisionWords & { layer: 'station'; events: ExportEvent[] })
  | (CorridorProperties & { layer: 'corridor'; events: ExportEvent[] });

/** The export: a FeatureCollection with two foreign members (RFC 7946 §6.1), `sources` and `metadata`. */
export interface ExportFeatureCollection extends FeatureCollection<Point | LineString, ExportFeatureProperties> {
  /** The sources the exported events cite (quotes and date sources), in the dataset's order. */
  sources: Source[];
  metadata: ExportMetadata;
}

/**
 * Builds the GeoJSON export. Every place is included, with an empty `events` array where none of
 * the given events is there (the map dims such places, it does not remove them); a station only
 * when an event is there; the corridor always. Coordinates are copied as they are in the data,
 * [longitude, latitude] in WGS 84. Feature ids are the data's ids.
 *
 * @param dataset - the dataset, for its features and sources
 * @param events - the events to export (e.g. those the filters let through)
 * @param metadata - the export's provenance, written as the `metadata` member
 * @returns a FeatureCollection; `JSON.stringify` it and save as `application/geo+json`
 * @example
 * const collection = datasetToGeoJson(dataset, filteredEvents, metadata);
 * collection.features[0].properties.events[0].citations[0]
 * // { source: 'usip-2018-peacekeeper-mali', sourceTitle: "China's Evolving Role …", quote: '…' }
 */
export function datasetToGeoJson(
  dataset: Dataset,
  events: readonly MapEvent[],
  metadata: ExportMetadata,
): ExportFeatureCollection {
  const titles = new Map(dataset.sources.map((source) => [source.id, source.title]));
  const resolved = events.map((event) => resolveEvent(event, titles));
  // Grouped once, so a large export is not places × events.
  const byPlace = new Map<string, ExportEvent[]>();
  for (const event of resolved)
    for (const id of event.places) {
      const list = byPlace.get(id);
      if (list) list.push(event);
      else byPlace.set(id, [event]);
    }
  const eventsAt = (id: string) => byPlace.get(id) ?? [];

  const features: Feature<Point | LineString, ExportFeatureProperties>[] = [];
  for (const { geometry, properties } of dataset.places.features) {
    const props = { layer: 'place' as const, ...properties, ...precisionWords(properties.precision) };
    features.push(feature(geometry, { ...props, events: eventsAt(properties.id) }));
  }
  for (const { geometry, properties } of dataset.stations.features) {
    const here = eventsAt(properties.id);
    if (here.length === 0) continue;
    const props = { layer: 'station' as const, ...properties, ...precisionWords(properties.precision) };
    features.push(feature(geometry, { ...props, events: here }));
  }
  for (const { geometry, properties } of dataset.corridor.features) {
    features.push(feature(geometry, { layer: 'corridor', ...properties, events: eventsAt(properties.id) }));
  }
  return { type: 'FeatureCollection', features, sources: citedSources(events, dataset.sources), metadata };
}

function feature(
  geometry: Point | LineString,
  properties: ExportFeatureProperties,
): Feature<Point | LineString, ExportFeatureProperties> {
  // A copy, so that nothing done to the export can move a point of the dataset.
  return { type: 'Feature', id: properties.id, geometry: structuredClone(geometry), properties };
}

function resolveEvent(event: MapEvent, titles: Map<string, string>): ExportEvent {
  const citations = event.citations.map(({ source, quote }) => ({
    source,
    sourceTitle: titles.get(source) ?? null,
    quote,
  }));
  return { ...structuredClone(event), citations };
}

function precisionWords(code: PrecisionCode): PrecisionWords {
  const { label, meaning } = PRECISION_MEANINGS[code];
  return { precisionLabel: label, precisionMeaning: meaning };
}
