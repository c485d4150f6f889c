// @ts-check
/** Builds everything the benchmark serves: the app on each dataset and the Leaflet page. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticGeodata } from '../generate-synthetic-geodata.mjs';
import { buildApp } from './build-app.mjs';
import { placePoints, writeLeafletPage } from './leaflet-page.mjs';
import { compressedSizes } from './measure-bytes.mjs';
import { kB } from './report.mjs';

/**
 * @typedef {object} Dataset
 * @property {string} name - also the path prefix it is served under
 * @property {string} label
 * @property {string} geodataDir
 * @property {string} distDir
 * @property {number} places
 * @property {number} events
 */

/**
 * Builds the app on the real geodata/ into `root`/dist, and on each synthetic size into `workDir`.
 *
 * @param {{ root: string, workDir: string, seed: number, sizes: { places: number, events: number }[] }} options
 * @returns {Dataset[]} the real data first
 */
export function buildDatasets({ root, workDir, seed, sizes }) {
  const real = join(root, 'geodata');
  const count = (/** @type {string} */ file) => {
    const value = JSON.parse(readFileSync(join(real, file), 'utf8'));
    return Array.isArray(value) ? value.length : value.features.length;
  };
  /** @type {Dataset[]} */
  const datasets = [
    {
      name: 'app',
      label: `real ${count('places.geojson')}/${count('events.json')}`,
      geodataDir: real,
      distDir: join(root, 'dist'),
      places: count('places.geojson'),
      events: count('events.json'),
    },
  ];
  for (const { places, events } of sizes) {
    const name = `synthetic-${places}-${events}`;
    const geodataDir = join(workDir, `${name}-geodata`);
    writeSyntheticGeodata({ places, events, seed, out: geodataDir });
    const short = (/** @type {number} */ n) => (n >= 1000 ? `${n / 1000}k` : String(n));
    datasets.push({
      name,
      label: `${short(places)}/${short(events)}`,
      geodataDir,
      distDir: join(workDir, `${name}-dist`),
      places,
      events,
    });
  }
  for (const dataset of datasets) {
    const { seconds } = buildApp({
      root,
      outDir: dataset.distDir,
      geodataDir: dataset.name === 'app' ? undefined : dataset.geodataDir,
    });
    console.log(`  built ${dataset.label} (places/events) in ${seconds.toFixed(1)} s → ${dataset.distDir}`);
  }
  return datasets;
}

/**
 * Writes the Leaflet page for a synthetic dataset's places into `outDir`.
 *
 * @param {Dataset} dataset
 * @param {string} root - the app's folder, for the basemap's countries
 * @param {string} outDir
 */
export function buildLeafletPage(dataset, root, outDir) {
  const read = (/** @type {string} */ file) => JSON.parse(readFileSync(join(dataset.geodataDir, file), 'utf8'));
  const points = placePoints({ places: read('places.geojson'), events: read('events.json') });
  writeLeafletPage(outDir, points, join(root, 'geodata', 'basemap', 'countries.geojson'));
}

/**
 * The gzip size of a page's own JavaScript and data: every .js, .mjs and .json file but the map
 * libraries' (MapLibre's chunk and worker; Leaflet and markercluster).
 *
 * @param {string} folder - a build (its assets/) or the Leaflet page's folder
 * @returns {string}
 */
export function ownCodeGzip(folder) {
  const assets = readdirSync(folder).includes('assets') ? join(folder, 'assets') : folder;
  const library = /^(maplibre-gl|leaflet\.js$|leaflet\.markercluster\.js$)/;
  const files = readdirSync(assets).filter((name) => /\.(m?js|json)$/.test(name) && !library.test(name));
  return kB(files.reduce((total, name) => total + compressedSizes(readFileSync(join(assets, name))).gzip, 0));
}
