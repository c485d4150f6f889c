// `npm run bench`: what the app ships, and how long it takes to show the map.
//
// 1. Builds dist/ if it is missing (`vite build`).
// 2. Prints the gzipped size (zlib level 9) of every JavaScript file in
//    dist/assets, split into MapLibre (its chunk and its worker) and the rest,
//    then the CSS and the total bytes of dist/.
// 3. Serves dist/ with `vite preview` and loads the page 5 times, each in a
//    fresh Chromium context with non-local requests blocked, printing the time
//    from navigation start to `#map[aria-busy="false"]` and the median.
//
// Machines are noisy: this prints numbers and asserts nothing.
// APP_ROOT=/path measures another checkout; RUNS=N changes the number of loads.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { preview, runnerImport } from 'vite';
import { findChromium } from './find-chromium.mjs';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const ROOT = resolve(process.env.APP_ROOT ?? REPO_ROOT);
const DIST = join(ROOT, 'dist');
const RUNS = Number.parseInt(process.env.RUNS ?? '5', 10);
const READY_TIMEOUT_MS = 60_000;

/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** @param {string} dir @returns {string[]} every file under dir */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** @param {number[]} values @returns {number} the median, NaN for no values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  /** @param {number} i */
  const at = (i) => sorted[i] ?? Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

function buildIfMissing() {
  if (existsSync(join(DIST, 'index.html'))) {
    console.log(`Using the existing build in ${DIST} (delete it to rebuild).`);
    return;
  }
  console.log(`No build in ${DIST}: running vite build ...`);
  const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [viteBin, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('vite build failed.');
    process.exit(1);
  }
}

function printSizes() {
  const assets = join(DIST, 'assets');
  const rows = filesUnder(assets)
    .map((path) => {
      const name = relative(assets, path);
      const bytes = readFileSync(path);
      const kind = /\.m?js$/.test(name) ? 'js' : name.endsWith('.css') ? 'css' : 'other';
      return {
        name,
        kind,
        maplibre: name.startsWith('maplibre-gl'),
        raw: bytes.length,
        gzip: kind === 'other' ? undefined : gzipSync(bytes, { level: 9 }).length,
      };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.raw - a.raw);

  console.log('\nShipped files in dist/assets (gzip: zlib level 9)');
  for (const row of rows) {
    const gzip = row.gzip === undefined ? '' : `gzip ${kB(row.gzip).padStart(9)}`;
    console.log(`  ${row.name.padEnd(48)} ${kB(row.raw).padStart(10)}   ${gzip}`);
  }
  /** @param {typeof rows} list @param {'raw' | 'gzip'} key */
  const sum = (list, key) => list.reduce((total, row) => total + (row[key] ?? 0), 0);
  const js = rows.filter((row) => row.kind === 'js');
  const maplibreJs = js.filter((row) => row.maplibre);
  const appJs = js.filter((row) => !row.maplibre);
  const css = rows.filter((row) => row.kind === 'css');
  const distBytes = filesUnder(DIST).reduce((total, path) => total + statSync(path).size, 0);

  console.log('\nSizes');
  console.log(
    `  JS, maplibre-gl (chunk + worker): ${kB(sum(maplibreJs, 'gzip'))} gzip (${kB(sum(maplibreJs, 'raw'))} raw, ${maplibreJs.length} files)`,
  );
  console.log(
    `  JS, everything else:              ${kB(sum(appJs, 'gzip'))} gzip (${kB(sum(appJs, 'raw'))} raw, ${appJs.length} files)`,
  );
  console.log(`  JS, total:                        ${kB(sum(js, 'gzip'))} gzip`);
  console.log(
    `  CSS:                              ${kB(sum(css, 'gzip'))} gzip (${kB(sum(css, 'raw'))} raw, ${css.length} files)`,
  );
  console.log(`  All of dist/assets:               ${kB(sum(rows, 'raw'))} raw, ${rows.length} files`);
  console.log(`  All of dist/:                     ${kB(distBytes)} raw`);
}

async function timeToReady() {
  const chromium = findChromium();
  if (!chromium) {
    console.error('\nNo Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH.');
    process.exit(1);
  }
  const server = await preview({
    root: ROOT,
    appType: 'mpa',
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('vite preview did not report a TCP port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;

  // The test driver is TypeScript; Vite's module runner loads it so the
  // benchmark uses the same Chromium flags and request blocking as the tests.
  const { module: driver } = await runnerImport(join(REPO_ROOT, 'tests/browser/driver.ts'), {
    configFile: false,
    logLevel: 'warn',
  });
  const browser = await driver.launchBrowser({ baseUrl, executablePath: chromium });
  console.log(
    `\nTime from navigation start to #map[aria-busy="false"] (${RUNS} loads, fresh context each, ${chromium})`,
  );
  const times = [];
  try {
    for (let run = 1; run <= RUNS; run += 1) {
      const app = await browser.openApp({ viewport: driver.DESKTOP });
      await app.waitForReady(READY_TIMEOUT_MS);
      const ms = await app.msToReady();
      const blocked = app.blockedRequests.length ? `  (${app.blockedRequests.length} non-local requests blocked)` : '';
      await app.close();
      if (ms === undefined) throw new Error('the page did not record when the map became ready');
      times.push(ms);
      console.log(`  load ${run}: ${ms.toFixed(0).padStart(6)} ms${blocked}`);
    }
    console.log(`  median: ${median(times).toFixed(0).padStart(5)} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
}

buildIfMissing();
printSizes();
await timeToReady();
