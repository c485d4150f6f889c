/** The features of places.geojson, stations.geojson and corridor.geojson, and their properties. */
import * as v from 'valibot';
import { PLACE_KINDS, PRECISION_CODES } from '../types.ts';
import { boolean, fields, id, number, objectThen, oneOf, record, text, textList } from './fields.ts';
import { lineString, point } from './geometry-schemas.ts';
import { translated, translations } from './translations.ts';

/** What a point rests on: a gazetteer, a distance in a document...; translated like every note. */
const precisionTexts = () => ({ precisionNote: text() });
/** The railway line's note, translated. */
const geometryTexts = () => ({ geometryNote: text() });

/** The translated fields of a place's or a station's properties. */
export const POINT_TEXT_FIELDS = ['precisionNote'] as const;
/** The translated fields of the corridor's properties. */
export const CORRIDOR_TEXT_FIELDS = ['geometryNote'] as const;

/** The properties of a place in places.geojson. */
export function placePropertiesSchema() {
  return translated(
    record({
      id: id(),
      name: text(),
      /** Other spellings people search for (Faléa, Naréna...). */
      altNames: textList(),
      kind: oneOf(PLACE_KINDS),
      region: text(),
      country: text(),
      precision: oneOf(PRECISION_CODES),
      ...precisionTexts(),
      /** The notes in each other language: `"fr": { "precisionNote": … }`. */
      ...translations(precisionTexts()),
    }),
    POINT_TEXT_FIELDS,
  );
}

/** The properties of a station in stations.geojson. */
export function stationPropertiesSchema() {
  return translated(
    record({
      id: id(),
      name: text(),
      altNames: textList(),
      country: text(),
      /** Position along the line, 1 = Dakar. */
      order: number({ min: 1, integer: true }),
      /** Distance by rail from Dakar, null where no source gives it. */
      kmFromDakar: v.nullable(number({ min: 0 })),
      /** True where the km figure is "about". */
      kmApprox: boolean(),
      precision: oneOf(PRECISION_CODES),
      ...precisionTexts(),
      ...translations(precisionTexts()),
    }),
    POINT_TEXT_FIELDS,
  );
}

/** The properties of the railway line in corridor.geojson. */
export function corridorPropertiesSchema() {
  return translated(
    record({
      id: id(),
      name: text(),
      altNames: textList(),
      /** Length published for the railway, in km. */
      publishedLengthKm: number({ min: 0 }),
      /** Says the line joins stations and does not trace the track. */
      ...geometryTexts(),
      ...translations(geometryTexts()),
    }),
    CORRIDOR_TEXT_FIELDS,
  );
}

/** A GeoJSON Feature with this geometry and properties; other members (`id`, `bbox`) are allowed and dropped. */
function feature<G extends v.GenericSchema, P extends v.GenericSchema>(geometry: G, properties: P) {
  return objectThen(fields({ type: v.literal('Feature', '"Feature"'), geometry, properties }));
}

/** A feature of places.geojson: a Point in the region with place properties. */
export const placeSchema = () => feature(point(), placePropertiesSchema());
/** A feature of stations.geojson: a Point in the region with station properties. */
export const stationSchema = () => feature(point(), stationPropertiesSchema());
/** The feature of corridor.geojson: a LineString through the stations' region. */
export const corridorSchema = () => feature(lineString(), corridorPropertiesSchema());

export type PlaceProperties = v.InferOutput<ReturnType<typeof placePropertiesSchema>>;
export type StationProperties = v.InferOutput<ReturnType<typeof stationPropertiesSchema>>;
export type CorridorProperties = v.InferOutput<ReturnType<typeof corridorPropertiesSchema>>;
