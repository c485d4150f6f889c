// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { beyondMapLibre, classifyRequest, totalsByKind } from '../../../scripts/bench/request-kinds.mjs';

const BASE = 'http://127.0.0.1:4173/app/';

describe('classifyRequest', () => {
  it.each([
    ['', 'HTML'],
    ['index.html', 'HTML'],
    ['assets/maplibre-gl-BHLK8H7R.js', 'MapLibre JS'],
    ['assets/maplibre-gl-worker-CZtFQQIV.mjs', 'MapLibre worker'],
    ['assets/maplibre-gl-worker.mjs?v=6.17.0', 'MapLibre worker'],
    ['assets/maplibre-gl-qvkd0SPb.css', 'MapLibre CSS'],
    ['assets/index-BVuoQ32i.js', 'App JS'],
    ['assets/panel-lazy-x1.js', 'App JS'],
    ['assets/index-50KDzyaV.css', 'App CSS'],
    ['assets/basemap-54fd527d/4/7/7.pbf', 'Basemap tiles'],
    ['assets/basemap-54fd527d/0/0/0.pbf', 'Basemap tiles'],
    ['assets/other-54fd527d/4/7/7.pbf', 'Other'],
    ['assets/places-Xy12.geojson', 'Data'],
    ['assets/events-Ab34.json', 'Data'],
    ['assets/noto-sans-latin-400-normal-BTkUljjl.woff2', 'Fonts'],
    ['bench-style.json', 'Bench page'],
    ['bench-bare.js', 'Bench page'],
    ['favicon.ico', 'Other'],
  ])('%s is %s', (path, kind) => {
    expect(classifyRequest(BASE + path)).toBe(kind);
  });
});

describe('totals', () => {
  const files = [
    { url: `${BASE}assets/maplibre-gl-A.js`, raw: 1000, gzip: 300, brotli: 250 },
    { url: `${BASE}assets/index-A.js`, raw: 100, gzip: 40, brotli: 35 },
    { url: `${BASE}assets/index-B.js`, raw: 50, gzip: 20, brotli: 18 },
    { url: `${BASE}assets/basemap-0a1b2c3d/4/7/7.pbf`, raw: 80, gzip: 20, brotli: 15 },
    { url: `${BASE}bench-style.json`, raw: 9, gzip: 3, brotli: 2 },
  ];

  it('adds up each kind, in report order', () => {
    expect(totalsByKind(files)).toEqual([
      { kind: 'MapLibre JS', files: 1, raw: 1000, gzip: 300, brotli: 250 },
      { kind: 'App JS', files: 2, raw: 150, gzip: 60, brotli: 53 },
      { kind: 'Basemap tiles', files: 1, raw: 80, gzip: 20, brotli: 15 },
      { kind: 'Bench page', files: 1, raw: 9, gzip: 3, brotli: 2 },
    ]);
  });

  it('counts everything but MapLibre and the bench helpers as beyond MapLibre', () => {
    expect(beyondMapLibre(totalsByKind(files))).toEqual({ raw: 230, gzip: 80, brotli: 68 });
  });
});
