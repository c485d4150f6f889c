// @ts-check
/**
 * The peer baseline's folder: Leaflet 1.9 and leaflet.markercluster from node_modules, the basemap's
 * countries, the synthetic places with the years of their events, and scripts/bench/pages/leaflet-page.js.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The years each place's events span, as the app's year filter reads them: `YYYY…` to the end's
 * year, e.g. "2016-05/2018" spans [2016, 2018].
 *
 * @param {{ places: { features: { properties: { id: string }, geometry: { coordinates: number[] } }[] }, events: { date: string, places: string[] }[] }} data
 * @returns {{ lng: number, lat: number, years: [number, number][] }[]} one point per place
 * @example placePoints(generateSyntheticGeodata({ places: 2, events: 3, seed: 1 }))
 */
export function placePoints(data) {
  /** @type {Map<string, [number, number][]>} */
  const years = new Map();
  for (const event of data.events) {
    const [start = '', end = start] = event.date.split('/');
    const span = /** @type {[number, number]} */ ([Number(start.slice(0, 4)), Number(end.slice(0, 4))]);
    for (const id of event.places) years.set(id, [...(years.get(id) ?? []), span]);
  }
  return data.places.features.map((feature) => {
    const [lng = 0, lat = 0] = feature.geometry.coordinates;
    return { lng, lat, years: years.get(feature.properties.id) ?? [] };
  });
}

/**
 * Writes the page into `outDir` (created if needed).
 *
 * @param {string} outDir
 * @param {ReturnType<typeof placePoints>} points
 * @param {string} countriesFile - the basemap's countries GeoJSON
 */
export function writeLeafletPage(outDir, points, countriesFile) {
  const leaflet = dirname(require.resolve('leaflet/dist/leaflet.js'));
  const cluster = dirname(require.resolve('leaflet.markercluster/dist/leaflet.markercluster.js'));
  mkdirSync(outDir, { recursive: true });
  for (const file of ['leaflet.js', 'leaflet.css']) copyFileSync(join(leaflet, file), join(outDir, file));
  cpSync(join(leaflet, 'images'), join(outDir, 'images'), { recursive: true });
  for (const file of ['leaflet.markercluster.js', 'MarkerCluster.css', 'MarkerCluster.Default.css'])
    copyFileSync(join(cluster, file), join(outDir, file));
  copyFileSync(countriesFile, join(outDir, 'countries.geojson'));
  writeFileSync(join(outDir, 'points.json'), JSON.stringify(points));
  writeFileSync(
    join(outDir, 'leaflet-page.js'),
    readFileSync(new URL('./pages/leaflet-page.js', import.meta.url), 'utf8'),
  );
  writeFileSync(
    join(outDir, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Leaflet and markercluster, for comparison</title>
    <link rel="stylesheet" href="./leaflet.css" />
    <link rel="stylesheet" href="./MarkerCluster.css" />
    <link rel="stylesheet" href="./MarkerCluster.Default.css" />
    <style>body { margin: 0 } #map { position: absolute }</style>
    <script src="./leaflet.js"></script>
    <script src="./leaflet.markercluster.js"></script>
    <script type="module" src="./leaflet-page.js"></script>
  </head>
  <body>
    <main id="map" aria-busy="true" aria-label="Leaflet map"></main>
  </body>
</html>
`,
  );
}
