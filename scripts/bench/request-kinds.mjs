// @ts-check
/** What each file of a first load is, by its address, and the byte totals per kind. */

/** The kinds, in the order the report lists them. */
export const KINDS = Object.freeze([
  'MapLibre JS',
  'MapLibre worker',
  'MapLibre CSS',
  'HTML',
  'App JS',
  'App CSS',
  'Data',
  'Basemap tiles',
  'Fonts',
  'Bench page',
  'Other',
]);

/** @typedef {typeof KINDS[number]} Kind */

/** Kinds that are MapLibre's own files; everything else is "beyond MapLibre". */
export const MAPLIBRE_KINDS = Object.freeze(['MapLibre JS', 'MapLibre worker', 'MapLibre CSS']);

/**
 * The kind of a file requested on a first load, from its address. The basemap's vector tiles are
 * the `.pbf` files of its folder (assets/basemap-<hash>/{z}/{x}/{y}.pbf); any JSON or GeoJSON is the
 * app's data.
 *
 * @param {string} url - an absolute address
 * @returns {Kind}
 * @example classifyRequest('http://127.0.0.1:1/app/assets/basemap-1a2b3c4d/4/7/7.pbf') // 'Basemap tiles'
 * @example classifyRequest('http://127.0.0.1:1/app/assets/index-BVuo.js') // 'App JS'
 */
export function classifyRequest(url) {
  const path = new URL(url).pathname;
  const file = path.split('/').pop() ?? '';
  if (/^bench-/.test(file)) return 'Bench page';
  if (/^maplibre-gl-worker[\w-]*\.mjs$/.test(file)) return 'MapLibre worker';
  if (/^maplibre-gl[\w-]*\.m?js$/.test(file)) return 'MapLibre JS';
  if (/^maplibre-gl[\w-]*\.css$/.test(file)) return 'MapLibre CSS';
  if (/\.(woff2?|ttf|otf)$/.test(file)) return 'Fonts';
  if (/\/basemap-\w+\/\d+\/\d+\/\d+\.pbf$/.test(path)) return 'Basemap tiles';
  if (/\.(geo)?json$/.test(file)) return 'Data';
  if (/\.m?js$/.test(file)) return 'App JS';
  if (/\.css$/.test(file)) return 'App CSS';
  if (/\.html?$/.test(file) || file === '') return 'HTML';
  return 'Other';
}

/**
 * @typedef {object} FileBytes - one file as loaded, and its size compressed as a static host would
 * @property {string} url
 * @property {number} raw
 * @property {number} gzip
 * @property {number} brotli
 */

/**
 * @typedef {object} KindTotal
 * @property {Kind} kind
 * @property {number} files
 * @property {number} raw
 * @property {number} gzip
 * @property {number} brotli
 */

/**
 * Adds up the files of each kind; kinds with no file are left out.
 *
 * @param {readonly FileBytes[]} files
 * @returns {KindTotal[]} in the order of {@link KINDS}
 * @example totalsByKind([{ url: 'http://h/a.css', raw: 10, gzip: 5, brotli: 4 }])
 * // [{ kind: 'App CSS', files: 1, raw: 10, gzip: 5, brotli: 4 }]
 */
export function totalsByKind(files) {
  /** @type {Map<Kind, KindTotal>} */
  const totals = new Map();
  for (const file of files) {
    const kind = classifyRequest(file.url);
    const total = totals.get(kind) ?? { kind, files: 0, raw: 0, gzip: 0, brotli: 0 };
    totals.set(kind, {
      kind,
      files: total.files + 1,
      raw: total.raw + file.raw,
      gzip: total.gzip + file.gzip,
      brotli: total.brotli + file.brotli,
    });
  }
  return KINDS.flatMap((kind) => totals.get(kind) ?? []);
}

/**
 * The sum of the kinds that are not MapLibre's own files (nor the bench page's helpers).
 *
 * @param {readonly KindTotal[]} totals - from {@link totalsByKind}
 * @returns {{ raw: number, gzip: number, brotli: number }}
 * @example beyondMapLibre([{ kind: 'App JS', files: 1, raw: 9, gzip: 3, brotli: 2 }]) // { raw: 9, gzip: 3, brotli: 2 }
 */
export function beyondMapLibre(totals) {
  const rest = totals.filter(
    (total) => !(/** @type {readonly string[]} */ (MAPLIBRE_KINDS).includes(total.kind)) && total.kind !== 'Bench page',
  );
  return {
    raw: rest.reduce((sum, total) => sum + total.raw, 0),
    gzip: rest.reduce((sum, total) => sum + total.gzip, 0),
    brotli: rest.reduce((sum, total) => sum + total.brotli, 0),
  };
}
