// @ts-check
/**
 * Goals 3 and 4: the app built on the real data and on synthetic data, and the Leaflet peer baseline on
 * the same synthetic places, loaded in rotating rounds and worked like a reader.
 */
import { measureAppLoad } from './measure-app.mjs';
import { measureLeafletLoad } from './measure-leaflet.mjs';
import { ms, ratio, spread, table } from './report.mjs';
import { median, roundOrder, summarize } from './stats.mjs';

/**
 * @typedef {object} Variant
 * @property {string} label - a column heading
 * @property {'app' | 'leaflet'} kind
 * @property {string} url
 * @property {string} codeGzip - the page's own JavaScript and data, gzip, for the table
 */

/** @typedef {import('./measure-app.mjs').AppLoad | (import('./measure-leaflet.mjs').LeafletLoad & Partial<import('./measure-app.mjs').AppLoad>)} Load */

/**
 * Loads every variant once a round, in an order rotated each round, and prints a table of medians
 * with [min–max] over every load (and every repeated action) of each variant.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {{ variants: Variant[], rounds: number, actions: number, peer?: { app: string, leaflet: string } }} options
 *   peer: the labels of the app variant and the Leaflet variant drawn from the same places
 */
export async function compareScale(browser, { variants, rounds, actions, peer }) {
  console.log('\n3. Scale: the app on the real data and on seeded synthetic data; 4. the Leaflet peer baseline');
  console.log(
    `   ${rounds} rounds; each loads every column once, in an order rotated each round, each load in a fresh\n` +
      `   context; ${actions} of each action per load (filters narrowed then widened, pans east then west).`,
  );
  /** @type {Load[][]} */
  const loads = variants.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    for (const index of roundOrder(round, variants.length)) {
      const variant = variants[index];
      if (!variant) continue;
      const started = performance.now();
      const load =
        variant.kind === 'app'
          ? await measureAppLoad(browser, variant.url, { actions })
          : await measureLeafletLoad(browser, variant.url, { actions });
      loads[index]?.push(load);
      process.stderr.write(
        `   round ${round + 1}/${rounds}: ${variant.label} ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
      );
    }
  }

  const base = loads[0] ?? [];
  /**
   * @param {string} label
   * @param {(load: Load) => number[] | number | undefined} pick
   * @param {(value: number) => string} [format]
   */
  const row = (label, pick, format = ms) => [
    label,
    ...loads.map((list) => {
      const values = list.flatMap((load) => pick(load) ?? []).filter(Number.isFinite);
      return spread(values.length ? summarize(values) : undefined, format);
    }),
  ];
  /** @param {import('./main-thread.mjs').ActionCost[] | undefined} costs @param {'wallMs' | 'taskMs' | 'scriptMs'} key */
  const of = (costs, key) => (costs ?? []).map((cost) => cost[key]);
  const readyRatios = loads.map((list) =>
    list.map((load, round) => load.readyMs / (base[round]?.readyMs ?? Number.NaN)).filter(Number.isFinite),
  );
  const rows = [
    ['', ...variants.map((variant) => variant.label)],
    ["page's own JS + data, gzip", ...variants.map((variant) => variant.codeGzip)],
    row('ready, ms', (load) => load.readyMs),
    [
      `ready ÷ ${variants[0]?.label ?? 'the first column'}, per round`,
      ...readyRatios.map((list) => (list.length ? spread(summarize(list), ratio) : '—')),
    ],
    row('first frame, ms', (load) => load.firstDrawMs),
    row('year filter: wall, ms', (load) => of(load.yearChanges, 'wallMs')),
    row('  main-thread tasks, ms', (load) => of(load.yearChanges, 'taskMs')),
    row('  of which script, ms', (load) => of(load.yearChanges, 'scriptMs')),
    row('theme filter: wall, ms', (load) => of(load.themeChanges, 'wallMs')),
    row('  main-thread tasks, ms', (load) => of(load.themeChanges, 'taskMs')),
    row('  of which script, ms', (load) => of(load.themeChanges, 'scriptMs')),
    row('repaint, nothing changed: wall, ms', (load) => of(load.repaints, 'wallMs')),
    row('  main-thread tasks, ms', (load) => of(load.repaints, 'taskMs')),
    row('pan 100 px: wall, ms', (load) => of(load.pans, 'wallMs')),
    row('  main-thread tasks, ms', (load) => of(load.pans, 'taskMs')),
    row('popup open, ms', (load) => load.popupMs),
    row('reading pane open, ms', (load) => load.paneMs),
    row('timeline mark to map idle, ms', (load) => load.markMs),
    row(
      'playing: page frames/s',
      (load) => load.playing?.map((p) => p.pageFps),
      (value) => value.toFixed(1),
    ),
    row(
      '  map frames/s',
      (load) => load.playing?.map((p) => p.mapFps),
      (value) => value.toFixed(1),
    ),
    row(
      'DOM elements once ready',
      (load) => load.domElements,
      (value) => value.toFixed(0),
    ),
    row(
      'JS heap once ready, MB',
      (load) => load.heapMB,
      (value) => value.toFixed(1),
    ),
    row(
      'console errors per load',
      (load) => load.errors.length,
      (value) => value.toFixed(0),
    ),
  ];
  console.log(table(rows, '   '));
  console.log(
    '   Cells: median [min–max] over all loads (and all repeats of an action). ready ÷ the first column: each\n' +
      "   round's ready divided by the first column's in the same round. wall: in the page, from the input\n" +
      "   event (dispatched from a task of its own, like a reader's) to the end of the frame in which the map is\n" +
      '   next idle (Leaflet: of the frame after the cluster group is rebuilt). main-thread tasks / script:\n' +
      '   growth of the DevTools protocol counters TaskDuration / ScriptDuration (Performance.getMetrics) from\n' +
      '   just before the input to just after that frame; tasks queued meanwhile and run before the counters\n' +
      "   are read count too. MapLibre's worker is not the main thread: its work shows in wall time only.\n" +
      '   repaint: the map asked to draw again with nothing changed, measured the same way: the frame every\n' +
      "   filter change includes, so the filter's own cost is what it adds to this.\n" +
      '   popup open: pointer down on a place (a mouse click at its circle) to the popup element in the document.\n' +
      '   reading pane open: a click on a timeline mark to its event in the reading pane, in the document.\n' +
      '   timeline mark to map idle: a click on a mark to the end of the frame in which the map, having gone to\n' +
      "   the event's place, is idle. playing: frames per second while the timeline's Play runs for 4 s:\n" +
      '   requestAnimationFrame callbacks (the page) and MapLibre render events (the map).\n' +
      '   heap: JSHeapUsedSize after a forced garbage collection.',
  );

  if (!peer) return;
  const appIndex = variants.findIndex((variant) => variant.label === peer.app);
  const leafletIndex = variants.findIndex((variant) => variant.label === peer.leaflet);
  const app = loads[appIndex] ?? [];
  const leaflet = loads[leafletIndex] ?? [];
  /** @param {(load: Load) => number} pick */
  const perRound = (pick) =>
    app.map((load, round) => pick(load) / (leaflet[round] ? pick(leaflet[round]) : Number.NaN)).filter(Number.isFinite);
  const medianOf = (/** @type {number[]} */ values) => (values.length ? median(values) : Number.NaN);
  const lines = [
    ['ready', perRound((load) => load.readyMs)],
    ['year filter, wall', perRound((load) => medianOf(of(load.yearChanges, 'wallMs')))],
    ['year filter, main-thread tasks', perRound((load) => medianOf(of(load.yearChanges, 'taskMs')))],
  ];
  console.log(`   Peer: app ÷ Leaflet + markercluster on the same places (${peer.app} vs ${peer.leaflet}), per round:`);
  for (const [label, values] of /** @type {[string, number[]][]} */ (lines))
    console.log(`     ${label}: ${values.length ? spread(summarize(values), ratio) : '—'}`);
}
