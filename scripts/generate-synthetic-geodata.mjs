#!/usr/bin/env node
// @ts-check
/**
 * Writes a valid synthetic geodata folder for scale tests, the same for the same seed:
 *
 *   node scripts/generate-synthetic-geodata.mjs --places 1000 --events 10000 --seed 1 --out /tmp/synthetic
 *   GEODATA_DIR=/tmp/synthetic npx vite build --outDir /tmp/synthetic-dist
 *
 * The build validates the folder like geodata/ and fails on any problem. Quotes are made up, so the
 * data tests' word-for-word check does not apply to it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSyntheticGeodata } from './bench/synthetic-geodata.mjs';

/** The file of each part, as src/data/types.ts (DATA_FILES) names them. */
const FILES = /** @type {const} */ ({
  sources: 'sources.json',
  events: 'events.json',
  places: 'places.geojson',
  stations: 'stations.geojson',
  corridor: 'corridor.geojson',
});

/**
 * Generates a dataset and writes its five files into `out` (created if missing), indented like geodata/.
 *
 * @param {{ places: number, events: number, seed: number, out: string }} options
 * @returns {{ bytes: number }} the total size written
 * @example writeSyntheticGeodata({ places: 1000, events: 10000, seed: 1, out: '/tmp/synthetic' })
 */
export function writeSyntheticGeodata({ out, ...options }) {
  const data = generateSyntheticGeodata(options);
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (const [key, file] of Object.entries(FILES)) {
    const text = `${JSON.stringify(data[/** @type {keyof typeof FILES} */ (key)], null, 2)}\n`;
    writeFileSync(join(out, file), text);
    bytes += Buffer.byteLength(text);
  }
  return { bytes };
}

/** @param {string | undefined} text @param {string} name */
function wholeNumber(text, name) {
  const value = Number(text);
  if (text === undefined || !Number.isInteger(value))
    throw new Error(`--${name}: expected a whole number, got ${text}`);
  return value;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      places: { type: 'string' },
      events: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  try {
    if (values.out === undefined) throw new Error('--out: expected the folder to write');
    const out = resolve(values.out);
    const options = {
      places: wholeNumber(values.places, 'places'),
      events: wholeNumber(values.events, 'events'),
      seed: wholeNumber(values.seed, 'seed'),
    };
    const { bytes } = writeSyntheticGeodata({ ...options, out });
    console.log(
      `Wrote ${options.places} places and ${options.events} events (seed ${options.seed}, ${(bytes / 1e6).toFixed(1)} MB) to ${out}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error('Usage: generate-synthetic-geodata.mjs --places N --events M [--seed S] --out DIR');
    process.exit(1);
  }
}
