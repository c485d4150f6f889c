// @ts-check
/** Goal 1: the app against a bare MapLibre page drawing the same basemap, in alternating pairs. */
import { openBenchPage, waitForReady } from './chromium.mjs';
import { ms, ratio, spread, table } from './report.mjs';
import { median, pairRatios, roundOrder, summarize } from './stats.mjs';

/**
 * Loads `url` once in a fresh context and returns its probe's marks.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<{ readyMs: number, firstDrawMs: number, errors: string[], blocked: string[] }>}
 */
export async function timeLoad(browser, url) {
  const { page, errors, blocked, close } = await openBenchPage(browser, url);
  try {
    return { ...(await waitForReady(page)), errors, blocked };
  } finally {
    await close();
  }
}

/**
 * Loads the app (A) and the bare page (B) `pairs` times each, A B then B A in turn, and prints the
 * medians of each side and the median of the pair ratios, for the first frame and for ready.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {{ appUrl: string, bareUrl: string, pairs: number, at: Pick<import('./bare-page.mjs').AppView, 'box' | 'view'> }} options
 */
export async function compareLoad(browser, { appUrl, bareUrl, pairs, at }) {
  const { box, view } = at;
  console.log('\n1. Load: the app (A) against a bare MapLibre page (B)');
  console.log(
    `   Both from the same dist/ (MapLibre chunk, worker, basemap tiles, fonts); B has the app's style without` +
      `\n   its data layers, in the same ${box.width.toFixed(0)}×${box.height.toFixed(0)} px box at the same first view` +
      ` (${view.lng.toFixed(3)}, ${view.lat.toFixed(3)}, zoom ${view.zoom.toFixed(2)}).`,
  );
  console.log(
    '   first frame: navigation start to the first WebGL draw call (MapLibre draws its first frame once the\n' +
      '   style is loaded; a hook on WebGL2RenderingContext draw calls, installed before any page script).\n' +
      '   ready: navigation start to #map aria-busy="false": the app sets it at the first idle after its data\n' +
      "   layers are added; the bare page at its map's first idle (all basemap sources loaded and drawn).",
  );
  const urls = [appUrl, bareUrl];
  /** @type {{ a: Awaited<ReturnType<typeof timeLoad>>, b: Awaited<ReturnType<typeof timeLoad>> }[]} */
  const results = [];
  for (let pair = 0; pair < pairs; pair += 1) {
    /** @type {Awaited<ReturnType<typeof timeLoad>>[]} */
    const loads = [];
    for (const side of roundOrder(pair, 2)) loads[side] = await timeLoad(browser, urls[side] ?? '');
    const [a, b] = loads;
    if (!a || !b) throw new Error('a pair lost a load');
    results.push({ a, b });
  }
  const rows = [['', 'app (A), ms', 'bare (B), ms', 'A/B, median of pairs [min–max]', 'A−B, median, ms']];
  for (const [label, key] of /** @type {const} */ ([
    ['first frame', 'firstDrawMs'],
    ['ready', 'readyMs'],
  ])) {
    const ratios = pairRatios(results.map(({ a, b }) => ({ a: a[key], b: b[key] })));
    rows.push([
      label,
      spread(summarize(results.map(({ a }) => a[key])), ms),
      spread(summarize(results.map(({ b }) => b[key])), ms),
      spread(summarize(ratios), (value) => ratio(value)),
      ms(median(results.map(({ a, b }) => a[key] - b[key]))),
    ]);
  }
  console.log(`   ${pairs} pairs in one browser, alternating A B / B A, each load in a fresh context:`);
  console.log(table(rows, '   '));
  console.log(
    `   ready per pair, A/B: ${results.map(({ a, b }) => ratio(a.readyMs / b.readyMs)).join(' ')}` +
      `\n   ready per pair, ms:  ${results.map(({ a, b }) => `${ms(a.readyMs)}/${ms(b.readyMs)}`).join(' ')}`,
  );
  const errors = results.flatMap(({ a, b }) => [...a.errors, ...b.errors]);
  const blocked = results.flatMap(({ a, b }) => [...a.blocked, ...b.blocked]);
  console.log(`   console errors: ${errors.length}; non-local requests blocked: ${blocked.length}`);
  for (const error of new Set(errors)) console.log(`     error: ${error}`);
  return results;
}
