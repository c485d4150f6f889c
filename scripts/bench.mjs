#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: how the app loads and weighs next to a bare MapLibre page, and how it scales.
 *
 *   1. Load: the app against a bare MapLibre page made from the same build (same MapLibre chunk,
 *      worker, basemap files and fonts; the app's style without its data layers, same box, same first
 *      view), alternating pairs: first frame and ready, medians and the median of pair ratios.
 *   2. Bytes of a first load by kind, gzip and brotli, and everything beyond MapLibre against the budget.
 *   3. Scale: the app on the real data and on seeded synthetic data (1k places/10k events and 10k/20k;
 *      --large adds 10k/100k): ready, filter changes, a pan, a popup, the reading pane, DOM size and heap.
 *   4. The peer baseline: Leaflet 1.9 + leaflet.markercluster on the same 10k places, timed in the
 *      same rounds.
 *
 * Options: --pairs N (load pairs, default 7), --rounds N (scale rounds, default 5), --actions N (each
 * action's repeats per load, default 2), --seed S (synthetic data, default 1), --large, --only LIST
 * (comma-separated: load, bytes, scale). It builds into dist/ and a temporary folder, serves them on
 * 127.0.0.1, aborts every other request, and asserts nothing. Take the shared lock while it runs:
 *
 *   flock /tmp/browser-tests.lock npm run bench
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { barePageUrl, captureAppView, writeBarePage } from './bench/bare-page.mjs';
import { DESKTOP, launchBenchBrowser } from './bench/chromium.mjs';
import { printEnvironment } from './bench/environment.mjs';
import { buildDatasets, buildLeafletPage, ownCodeGzip } from './bench/prepare.mjs';
import { reportBytes } from './bench/section-bytes.mjs';
import { compareLoad, timeLoad } from './bench/section-load.mjs';
import { compareScale } from './bench/section-scale.mjs';
import { serveFolders } from './bench/static-server.mjs';

const ROOT = resolve(process.env.APP_ROOT ?? fileURLToPath(new URL('../', import.meta.url)));
const SIZES = [
  { places: 1_000, events: 10_000 },
  // The peer baseline's 10k points: every place needs an event, so at least 10k + 1 events.
  { places: 10_000, events: 20_000 },
];
const LARGE = { places: 10_000, events: 100_000 };
const SECTIONS = ['load', 'bytes', 'scale'];

const { values } = parseArgs({
  options: {
    pairs: { type: 'string', default: '7' },
    rounds: { type: 'string', default: '5' },
    actions: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    large: { type: 'boolean', default: false },
    only: { type: 'string', default: SECTIONS.join(',') },
  },
});
const count = (/** @type {string} */ name, /** @type {string} */ text, min = 1) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`--${name}: expected a whole number ≥ ${min}, got ${text}`);
  return value;
};
const pairs = count('pairs', values.pairs);
const rounds = count('rounds', values.rounds);
const actions = count('actions', values.actions, 0);
const seed = count('seed', values.seed, 0);
const only = new Set(values.only.split(','));
for (const section of only) if (!SECTIONS.includes(section)) throw new Error(`--only: unknown section ${section}`);

const started = performance.now();
const workDir = mkdtempSync(join(tmpdir(), 'china-mali-bench-'));
try {
  console.log(`Building the app (vite build) on the real data and on synthetic data (seed ${seed}) …`);
  const sizes = only.has('scale') ? [...SIZES, ...(values.large ? [LARGE] : [])] : [];
  const datasets = buildDatasets({ root: ROOT, workDir, seed, sizes });
  const [real] = datasets;
  if (!real) throw new Error('no real dataset');
  const peerData = datasets.find((dataset) => dataset.places === 10_000 && dataset.events === 20_000);
  const leafletDir = join(workDir, 'leaflet');
  if (peerData) buildLeafletPage(peerData, ROOT, leafletDir);

  const server = await serveFolders({
    ...Object.fromEntries(datasets.map((dataset) => [dataset.name, dataset.distDir])),
    ...(peerData ? { leaflet: leafletDir } : {}),
  });
  const { browser, executablePath } = await launchBenchBrowser();
  try {
    await printEnvironment(browser, executablePath);
    const appUrl = server.urlOf(real.name);
    // Loading the app once to read its style, box and view also warms the server and the disk cache.
    const at = await captureAppView(browser, appUrl, DESKTOP);
    writeBarePage(real.distDir, at.style);
    const bareUrl = barePageUrl(appUrl, at);
    await timeLoad(browser, bareUrl);

    if (only.has('load')) await compareLoad(browser, { appUrl, bareUrl, pairs, at });
    if (only.has('bytes'))
      await reportBytes(browser, { appUrl, bareUrl, distDir: real.distDir, geodataDir: real.geodataDir });
    if (only.has('scale')) {
      /** @type {import('./bench/section-scale.mjs').Variant[]} */
      const variants = datasets.map((dataset) => ({
        label: dataset.label,
        kind: 'app',
        url: server.urlOf(dataset.name),
        codeGzip: ownCodeGzip(dataset.distDir),
      }));
      let peer;
      if (peerData) {
        // The Leaflet page takes the app's box and first view on the same data.
        const peerView = await captureAppView(browser, server.urlOf(peerData.name), DESKTOP);
        const label = `Leaflet ${peerData.label}`;
        const url = barePageUrl(server.urlOf('leaflet'), peerView).replace('bench-bare.html', 'index.html');
        variants.push({ label, kind: 'leaflet', url, codeGzip: ownCodeGzip(leafletDir) });
        peer = { app: peerData.label, leaflet: label };
      }
      await compareScale(browser, { variants, rounds, actions, peer });
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
const load = loadavg()
  .map((value) => value.toFixed(2))
  .join(' ');
console.log(`\nDone in ${((performance.now() - started) / 60_000).toFixed(1)} min; load average ${load} at the end.`);
