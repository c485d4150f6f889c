// @ts-check
/**
 * The bare MapLibre page, made from the app's own build: after `vite build`, the app is loaded once to
 * read its basemap style, map box and first view; then bench-bare.html, bench-bare.js and
 * bench-style.json are written next to its index.html, so both pages use the same MapLibre chunk,
 * worker, basemap files and fonts.
 */
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBenchPage, waitForReady } from './chromium.mjs';

/** MapLibre's worker as its package publishes it. */
const MAPLIBRE_WORKER = fileURLToPath(import.meta.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs'));

/** Layers of the offline basemap; everything else in the app's style is its data. */
const BASEMAP_PREFIX = 'basemap-';

/**
 * @typedef {object} AppView - what the bare page copies from the app at one viewport
 * @property {import('maplibre-gl').StyleSpecification} style - basemap only, with `./assets/…` addresses
 * @property {{ left: number, top: number, width: number, height: number }} box - the map element's box, CSS px
 * @property {{ lng: number, lat: number, zoom: number, bearing: number, pitch: number }} view - when ready
 */

/**
 * Opens the built app, waits until it is ready and reads its map: the style without the app's data
 * layers, the map's box and its view. The basemap's tiles are fetched by MapLibre itself on the bare
 * page, without the app's `app-tiles://` protocol (src/map/tile-loader.ts), which only adds error
 * reporting: the files and the requests are the same.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} appUrl - where the app is served, ending in `/`
 * @param {{ width: number, height: number }} viewport
 * @returns {Promise<AppView>}
 */
export async function captureAppView(browser, appUrl, viewport) {
  const { page, close } = await openBenchPage(browser, appUrl, { viewport });
  try {
    await waitForReady(page);
    const captured = await page.evaluate((prefix) => {
      const map = window.chinaMaliMap;
      const container = document.getElementById('map');
      if (!map || !container) throw new Error('the app exposes no window.chinaMaliMap or #map');
      const style = map.getStyle();
      const layers = style.layers.filter((layer) => layer.id.startsWith(prefix));
      const used = new Set(layers.map((layer) => ('source' in layer ? layer.source : undefined)));
      const sources = Object.fromEntries(
        Object.entries(style.sources)
          .filter(([id]) => used.has(id))
          .map(([id, source]) => {
            const tiles = 'tiles' in source ? source.tiles : undefined;
            if (!tiles) throw new Error(`the basemap source ${id} has no tiles`);
            return [id, { ...source, tiles: tiles.map((url) => url.replace(/^[a-z-]+:\/\/(?=https?:)/, '')) }];
          }),
      );
      const rect = container.getBoundingClientRect();
      const center = map.getCenter();
      return {
        style: { ...style, sources, layers },
        box: { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
        view: {
          lng: center.lng,
          lat: center.lat,
          zoom: map.getZoom(),
          bearing: map.getBearing(),
          pitch: map.getPitch(),
        },
      };
    }, BASEMAP_PREFIX);
    return { ...captured, style: relativeTo(captured.style, appUrl) };
  } finally {
    await close();
  }
}

/**
 * Writes bench-bare.html, bench-bare.js and bench-style.json into the app's build folder. MapLibre
 * looks for its worker as `maplibre-gl-worker.mjs` next to its chunk when no worker address is set;
 * the app sets one, the bare page does not, so MapLibre's published worker is copied under that name.
 *
 * @param {string} distDir - the app's build (index.html and assets/)
 * @param {import('maplibre-gl').StyleSpecification} style - from {@link captureAppView}
 */
export function writeBarePage(distDir, style) {
  const assets = readdirSync(join(distDir, 'assets'));
  const find = (/** @type {RegExp} */ pattern) => {
    const name = assets.find((file) => pattern.test(file));
    if (!name) throw new Error(`no file matching ${pattern} in ${distDir}/assets`);
    return name;
  };
  const chunk = find(/^maplibre-gl-(?!worker)[\w-]+\.js$/);
  const css = find(/^maplibre-gl-[\w-]+\.css$/);
  // MapLibre's own worker, as published: the app's build of it carries the app's tile loader too.
  if (!existsSync(join(distDir, 'assets', 'maplibre-gl-worker.mjs')))
    copyFileSync(MAPLIBRE_WORKER, join(distDir, 'assets', 'maplibre-gl-worker.mjs'));
  writeFileSync(join(distDir, 'bench-style.json'), JSON.stringify(style));
  writeFileSync(join(distDir, 'bench-bare.js'), readFileSync(new URL('./pages/bare-page.js', import.meta.url), 'utf8'));
  writeFileSync(
    join(distDir, 'bench-bare.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="A bare MapLibre page drawing the offline basemap, for comparison." />
    <title>Bare MapLibre page</title>
    <!-- No favicon request: the browser's 404 for one would count against this page in Lighthouse. -->
    <link rel="icon" href="data:," />
    <link rel="modulepreload" crossorigin href="./assets/${chunk}" />
    <link rel="stylesheet" crossorigin href="./assets/${css}" />
    <style>body { margin: 0 } #map { position: absolute }</style>
    <script type="module" crossorigin src="./bench-bare.js"></script>
  </head>
  <body>
    <main id="map" aria-busy="true" aria-label="Bare MapLibre map"></main>
  </body>
</html>
`,
  );
}

/**
 * The address of the bare page showing `view` in `box`.
 *
 * @param {string} distUrl - where the build is served, ending in `/`
 * @param {Pick<AppView, 'box' | 'view'>} at
 * @returns {string}
 * @example barePageUrl('http://127.0.0.1:4173/app/', captured)
 * // 'http://127.0.0.1:4173/app/bench-bare.html#box=330,120,950,680&view=-7.9,13.2,5.6,0,0'
 */
export function barePageUrl(distUrl, { box, view }) {
  const boxText = [box.left, box.top, box.width, box.height].join(',');
  const viewText = [view.lng, view.lat, view.zoom, view.bearing, view.pitch].join(',');
  return `${distUrl}bench-bare.html#box=${boxText}&view=${viewText}`;
}

/**
 * @template T
 * @param {T} value
 * @param {string} baseUrl
 * @returns {T} a copy with every string starting with baseUrl rewritten to start with `./`
 */
function relativeTo(value, baseUrl) {
  return JSON.parse(JSON.stringify(value), (_key, item) =>
    typeof item === 'string' && item.startsWith(baseUrl) ? `./${item.slice(baseUrl.length)}` : item,
  );
}
