// @ts-check
/** Goal 2: the bytes of a first load, by kind, gzip and brotli, against the budget. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compressedSizes, notRequested, recordFirstLoad } from './measure-bytes.mjs';
import { kB, table } from './report.mjs';
import { beyondMapLibre, totalsByKind } from './request-kinds.mjs';

/** The budget for everything the app adds to MapLibre, gzip. */
export const BUDGET_BEYOND_MAPLIBRE_GZIP = 120_000;

/** The data files of geodata/, as src/data/types.ts (DATA_FILES) names them. */
const DATA_FILES = ['sources.json', 'events.json', 'places.geojson', 'stations.geojson', 'corridor.geojson'];

/**
 * Records a first load of the app and of the bare page and prints the bytes of each kind side by side.
 * Only what the browser requested counts; files of the build it did not request are listed apart.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {{ appUrl: string, bareUrl: string, distDir: string, geodataDir: string }} options
 */
export async function reportBytes(browser, { appUrl, bareUrl, distDir, geodataDir }) {
  const app = await recordFirstLoad(browser, appUrl);
  const bare = await recordFirstLoad(browser, bareUrl);
  const appTotals = totalsByKind(app);
  const bareTotals = totalsByKind(bare);
  console.log(
    "\n2. Bytes of a first load: every response until ready and 1.5 s without another, the worker's included",
  );
  console.log(
    '   raw as served; gzip level 9 and brotli quality 11, as a host precompressing static files would send\n' +
      '   them; woff2/woff fonts are already compressed and counted as sent, raw. 1 kB = 1000 bytes.',
  );
  const rows = [['kind', 'files', 'raw', 'gzip', 'brotli', 'bare page, gzip']];
  for (const total of appTotals) {
    const onBare = bareTotals.find((other) => other.kind === total.kind);
    rows.push([
      total.kind,
      String(total.files),
      kB(total.raw),
      kB(total.gzip),
      kB(total.brotli),
      onBare ? kB(onBare.gzip) : '—',
    ]);
  }
  for (const onBare of bareTotals.filter((total) => !appTotals.some((other) => other.kind === total.kind)))
    rows.push([`${onBare.kind} (bare page only)`, '', '', '', '', kB(onBare.gzip)]);
  const sum = (/** @type {typeof appTotals} */ totals, /** @type {'raw' | 'gzip' | 'brotli'} */ key) =>
    totals.reduce((total, row) => total + row[key], 0);
  rows.push([
    'total',
    String(app.length),
    kB(sum(appTotals, 'raw')),
    kB(sum(appTotals, 'gzip')),
    kB(sum(appTotals, 'brotli')),
    kB(sum(bareTotals, 'gzip')),
  ]);
  console.log(table(rows, '   '));

  if (!appTotals.some((total) => total.kind === 'Data')) {
    const texts = Buffer.concat(DATA_FILES.map((file) => readFileSync(join(geodataDir, file))));
    const data = compressedSizes(texts);
    console.log(
      `   Data: inlined in App JS (the five geodata files alone: ${kB(data.raw)} raw, ${kB(data.gzip)} gzip, ` +
        `${kB(data.brotli)} brotli).`,
    );
  }
  const beyond = beyondMapLibre(appTotals);
  const code = beyondMapLibre(appTotals.filter((total) => ['HTML', 'App JS', 'App CSS', 'Data'].includes(total.kind)));
  const verdict =
    beyond.gzip <= BUDGET_BEYOND_MAPLIBRE_GZIP
      ? `within it by ${kB(BUDGET_BEYOND_MAPLIBRE_GZIP - beyond.gzip)}`
      : `over it by ${kB(beyond.gzip - BUDGET_BEYOND_MAPLIBRE_GZIP)}`;
  console.log(
    `   Everything beyond MapLibre (all but MapLibre's JS, worker and CSS): ${kB(beyond.gzip)} gzip, ` +
      `${kB(beyond.brotli)} brotli;\n   budget ${kB(BUDGET_BEYOND_MAPLIBRE_GZIP)} gzip: ${verdict}. ` +
      `Of it, HTML + app JS + app CSS + data: ${kB(code.gzip)} gzip, ${kB(code.brotli)} brotli.`,
  );
  // A reader whose language is French also loads its words and the data's French texts.
  const french = beyondMapLibre(totalsByKind(await recordFirstLoad(browser, `${appUrl}#&lang=fr`)));
  console.log(
    `   The same first load in French (#&lang=fr, its words and the data's French texts added): ` +
      `${kB(french.gzip)} gzip beyond MapLibre, ${kB(french.brotli)} brotli.`,
  );
  const lazy = notRequested(distDir, app);
  console.log(
    `   Not requested at first load (${lazy.length}): ${lazy.length ? '' : 'none'}` +
      lazy
        .map((path) => {
          const size = compressedSizes(readFileSync(join(distDir, path)), path);
          return `\n     ${path} (${kB(size.raw)} raw, ${kB(size.gzip)} gzip)`;
        })
        .join(''),
  );
}
