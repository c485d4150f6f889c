// @ts-check
/**
 * A seeded synthetic dataset in the format of geodata/ (see geodata/README.md and src/data/), for scale
 * tests: as many places and events as asked, every record valid, the same output for the same seed.
 */
import { mulberry32, randomTools } from './prng.mjs';

/** The themes of src/data/types.ts (THEMES); the build refuses the data if they drift apart. */
export const SYNTHETIC_THEMES = Object.freeze([
  'diplomacy',
  'peacekeeping',
  'security',
  'defence',
  'mining',
  'infrastructure',
  'finance',
  'trade',
  'governance',
]);
const LOCAL_KINDS = ['capital', 'city', 'town', 'mining-site', 'exploration-site', 'incident-site'];
const PRECISIONS = [1, 2, 3, 4];
const REGIONS = ['Kayes', 'Koulikoro', 'Sikasso', 'Ségou', 'Mopti', 'Tombouctou', 'Gao', 'Kidal'];
const ACTORS = ['China', 'Mali', 'MINUSMA', 'PLA', 'Norinco', 'CRBC', 'Ganfeng Lithium', 'World Bank', 'ECOWAS'];
const SYLLABLES = ['ba', 'ka', 'ma', 'ko', 'li', 'so', 'ni', 'ga', 'to', 'ri', 'de', 'fa', 'ké', 'dou', 'sé', 'bou'];
/** Dates stay in 1960–2024, so the data is valid whatever day it is built. */
const YEARS = { first: 1960, last: 2024 };
/** Points fall inside Mali's rough box, well inside the region the validator allows. */
const BOX = { west: -12, east: 4, south: 10.2, north: 24.9 };
const SOURCE_COUNT = { documents: 10, corroborating: 2 };
const STATION_COUNT = 6;
/** The place of kind "country" that national events sit at. */
export const COUNTRY_PLACE_ID = 'synthetic-mali';
const CORRIDOR_ID = 'synthetic-railway';
/** `.invalid` is reserved (RFC 2606): these addresses can never reach anyone. */
const ADDRESS = 'https://synthetic.invalid/';

/**
 * @typedef {object} SyntheticOptions
 * @property {number} places - number of place features, the country-level place included (at least 2)
 * @property {number} events - number of events; at least places + 1, as every place and the railway needs one
 * @property {number} seed - the same seed gives the same dataset
 */

/**
 * @typedef {object} SyntheticGeodata - the parsed contents of the five geodata files
 * @property {object[]} sources
 * @property {object[]} events
 * @property {{ type: 'FeatureCollection', features: object[] }} places
 * @property {{ type: 'FeatureCollection', features: object[] }} stations
 * @property {{ type: 'FeatureCollection', features: object[] }} corridor
 */

/**
 * Builds a valid synthetic dataset. Each place gets one event first, then the railway, then the rest
 * are spread at random: about one in ten is national (at the country-level place), the others local.
 *
 * @param {SyntheticOptions} options
 * @returns {SyntheticGeodata}
 * @example
 * const data = generateSyntheticGeodata({ places: 1000, events: 10000, seed: 1 });
 * data.events.length; // 10000
 */
export function generateSyntheticGeodata({ places, events, seed }) {
  if (!Number.isInteger(places) || places < 2) throw new Error(`places: expected a whole number ≥ 2, got ${places}`);
  if (!Number.isInteger(events) || events < places + 1)
    throw new Error(`events: expected a whole number ≥ places + 1 (${places + 1}), got ${events}`);
  const r = randomTools(mulberry32(seed));
  const point = () => [round5(r.between(BOX.west, BOX.east)), round5(r.between(BOX.south, BOX.north))];
  const name = () => {
    const word = Array.from({ length: r.int(2, 3) }, () => r.pick(SYLLABLES)).join('');
    return word.charAt(0).toUpperCase() + word.slice(1);
  };

  const sources = [];
  for (let i = 1; i <= SOURCE_COUNT.documents + SOURCE_COUNT.corroborating; i += 1) {
    const document = i <= SOURCE_COUNT.documents;
    sources.push({
      id: `synthetic-source-${i}`,
      kind: document ? 'document' : 'corroborating',
      title: `Synthetic report ${i} on ${name()}`,
      publisher: `${name()} Review`,
      author: r.chance(0.3) ? null : `${name()} ${name()}`,
      published: `${r.int(2000, 2024)}-${pad(r.int(1, 12))}`,
      url: `${ADDRESS}source-${i}`,
      accessed: '2025-01-15',
      ...(document ? { textFile: `synthetic-source-${i}.txt` } : {}),
    });
  }
  const documents = sources.slice(0, SOURCE_COUNT.documents).map((s) => s.id);
  const corroborating = sources.slice(SOURCE_COUNT.documents).map((s) => s.id);

  const placeFeatures = [
    feature(
      {
        id: COUNTRY_PLACE_ID,
        name: 'Mali (synthetic, as a whole)',
        altNames: /** @type {string[]} */ ([]),
        kind: 'country',
        region: 'Mali',
        country: 'Mali',
        precision: 6,
        precisionNote: 'Synthetic: the record concerns the whole country; the point only anchors its symbol.',
        fr: {
          precisionNote:
            'Synthétique : l’enregistrement concerne tout le pays ; le point ne fait que placer son symbole.',
        },
      },
      { type: 'Point', coordinates: [-4, 17.5] },
    ),
  ];
  for (let i = 1; i < places; i += 1) {
    const placeName = name();
    placeFeatures.push(
      feature(
        {
          id: `synthetic-place-${i}`,
          name: placeName,
          altNames: r.chance(0.2) ? [placeName.normalize('NFD').replace(/\p{M}/gu, '')] : [],
          kind: i === 1 ? 'capital' : r.pick(LOCAL_KINDS.slice(1)),
          region: r.pick(REGIONS),
          country: 'Mali',
          precision: r.pick(PRECISIONS),
          precisionNote: `Synthetic point ${i}, drawn at random inside Mali's box for a scale test.`,
          fr: { precisionNote: `Point synthétique ${i}, tiré au hasard dans le cadre du Mali pour un test d’échelle.` },
        },
        { type: 'Point', coordinates: point() },
      ),
    );
  }

  const stationFeatures = [];
  for (let order = 1; order <= STATION_COUNT; order += 1) {
    // West to east, like the Dakar–Bamako line, so the corridor does not fold back on itself.
    const lng = round5(BOX.west + ((BOX.east - BOX.west) * (order - 1)) / (STATION_COUNT - 1));
    stationFeatures.push(
      feature(
        {
          id: `synthetic-station-${order}`,
          name: `${name()} station`,
          altNames: [],
          country: 'Mali',
          order,
          kmFromDakar: order === 1 ? 0 : null,
          kmApprox: false,
          precision: 2,
          precisionNote: 'Synthetic station for a scale test.',
          fr: { precisionNote: 'Gare synthétique pour un test d’échelle.' },
        },
        { type: 'Point', coordinates: [lng, round5(r.between(12, 14))] },
      ),
    );
  }
  const corridorFeature = feature(
    {
      id: CORRIDOR_ID,
      name: 'Synthetic railway',
      altNames: [],
      publishedLengthKm: 1000,
      geometryNote: 'A schematic line joining the synthetic stations in order.',
      fr: { geometryNote: 'Une ligne schématique qui relie les gares synthétiques dans l’ordre.' },
    },
    { type: 'LineString', coordinates: stationFeatures.map((s) => s.geometry.coordinates) },
  );

  const localTargets = [
    ...placeFeatures.slice(1).map((f) => f.properties.id),
    ...stationFeatures.map((f) => f.properties.id),
    CORRIDOR_ID,
  ];
  const eventList = [];
  for (let i = 0; i < events; i += 1) {
    // Places first, one event each, then the railway: every feature that needs an event has one.
    const first = i < places ? placeFeatures[i]?.properties.id : i === places ? CORRIDOR_ID : undefined;
    const national = first === COUNTRY_PLACE_ID || (first === undefined && r.chance(0.1));
    const target = national ? COUNTRY_PLACE_ID : (first ?? r.pick(localTargets));
    eventList.push(syntheticEvent(r, i + 1, target, national, { documents, corroborating, name }));
  }

  return {
    sources,
    events: eventList,
    places: { type: 'FeatureCollection', features: placeFeatures },
    stations: { type: 'FeatureCollection', features: stationFeatures },
    corridor: { type: 'FeatureCollection', features: [corridorFeature] },
  };
}

/**
 * @param {ReturnType<typeof randomTools>} r
 * @param {number} n - the event's number, from 1
 * @param {string} place - the id it is shown at
 * @param {boolean} national
 * @param {{ documents: string[], corroborating: string[], name: () => string }} pools
 */
function syntheticEvent(r, n, place, national, { documents, corroborating, name }) {
  const { date, datePrecision } = syntheticDate(r);
  const basis = r.chance(0.8) ? 'stated' : r.pick(['inferred', 'other-report']);
  const actors = r.sample(ACTORS, r.int(1, 3));
  const quote = (/** @type {number} */ k) =>
    `Synthetic passage ${k} about event ${n}: ${actors.join(' and ')} met in ${name()} and agreed on ${r.int(2, 40)} points.`;
  const where = name();
  const figure = r.chance(0.2)
    ? {
        measure: 'amount',
        value: r.int(1, 500) * 1e6,
        currency: 'USD',
        label: 'synthetic amount',
        fr: { label: 'montant synthétique' },
      }
    : undefined;
  return {
    id: `synthetic-event-${n}`,
    title: `Synthetic event ${n}: ${actors[0] ?? 'China'} in ${where}`,
    summary: `A synthetic event for scale tests, involving ${actors.join(', ')}.`,
    date,
    datePrecision,
    dateBasis: basis,
    ...(basis === 'stated' ? {} : { dateNote: 'Synthetic: the date is made up for a scale test.' }),
    ...(basis === 'other-report' ? { dateSources: [r.pick(corroborating)] } : {}),
    scope: national ? 'national' : 'local',
    places: [place],
    themes: r.sample(SYNTHETIC_THEMES, r.int(1, 3)),
    actors,
    ...(figure ? { figures: [figure] } : {}),
    citations: Array.from({ length: r.int(1, 2) }, (_, k) => ({ source: r.pick(documents), quote: quote(k + 1) })),
    // The data requires French wherever there is English (src/data/schemas/translations.ts).
    fr: {
      title: `Événement synthétique ${n} : ${actors[0] ?? 'Chine'} à ${where}`,
      summary: `Un événement synthétique pour les tests d’échelle, avec ${actors.join(', ')}.`,
      ...(basis === 'stated' ? {} : { dateNote: 'Synthétique : la date est inventée pour un test d’échelle.' }),
    },
  };
}

/** @param {ReturnType<typeof randomTools>} r */
function syntheticDate(r) {
  const year = r.int(YEARS.first, YEARS.last);
  const month = pad(r.int(1, 12));
  const kind = r.pick(['day', 'day', 'month', 'year', 'range']);
  if (kind === 'day') return { date: `${year}-${month}-${pad(r.int(1, 28))}`, datePrecision: 'day' };
  if (kind === 'month') return { date: `${year}-${month}`, datePrecision: 'month' };
  if (kind === 'year') return { date: String(year), datePrecision: 'year' };
  return { date: `${year}/${Math.min(YEARS.last, year + r.int(1, 6))}`, datePrecision: 'range' };
}

/**
 * @template {object} P
 * @template {object} G
 * @param {P} properties
 * @param {G} geometry
 */
function feature(properties, geometry) {
  return { type: /** @type {const} */ ('Feature'), properties, geometry };
}

/** @param {number} value */
function round5(value) {
  return Math.round(value * 1e5) / 1e5;
}

/** @param {number} value */
function pad(value) {
  return String(value).padStart(2, '0');
}
