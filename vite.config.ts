import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './src/pwa/pwa-options.ts';
import { basemapTiles } from './scripts/basemap-tiles-plugin.ts';
import { preloadFirstView } from './scripts/preload-first-view-plugin.ts';
import { validateGeodata } from './scripts/validate-geodata-plugin.ts';

// The data folder; tests build the app on fixture data by setting GEODATA_DIR.
const geodataDir = resolve(import.meta.dirname, process.env.GEODATA_DIR ?? 'geodata');
/** The data files' total size (the built data asset, compact JSON of them, is no larger); 0 with no folder. */
function folderJsonBytes(folder: string): number {
  try {
    return readdirSync(folder)
      .filter((name) => /\.(geo)?json$/.test(name))
      .reduce((total, name) => total + statSync(join(folder, name)).size, 0);
  } catch {
    return 0;
  }
}
const dataBytes = folderJsonBytes(geodataDir);

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  // Relative asset paths, so the built folder works from any static host and sub-path.
  base: './',
  resolve: {
    alias: {
      // citation-js's remote fetching (unused here) would pull Node modules into the browser build.
      'node-fetch': resolve(import.meta.dirname, 'src/export/node-fetch-shim.ts'),
    },
  },
  // basemapTiles: the offline basemap cut into vector tiles. preloadFirstView: the first view's two
  // fonts and its data asked for with the page. VitePWA: the web app manifest and the Workbox service
  // worker for offline use (src/pwa/).
  plugins: [validateGeodata(geodataDir), basemapTiles(), preloadFirstView(), VitePWA(pwaOptions(dataBytes))],
  // The one worker built here is MapLibre's, with the basemap's tile loader in it
  // (src/map/map-worker.ts): named as MapLibre names its own, an ES module like it.
  worker: { format: 'es', rolldownOptions: { output: { entryFileNames: 'assets/maplibre-gl-worker-[hash].mjs' } } },
  build: {
    target: 'es2022',
    sourcemap: false,
    // MapLibre in a chunk of its own, so `npm run bench` can weigh it apart from our code
    // and a change to the app does not invalidate the cached library.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ }],
        },
      },
    },
  },
});
