/**
 * The built app on a plain static host: served from a sub-path, and under the strict
 * Content-Security-Policy documented in README.md ("Serving it"). The map must load, draw and open a
 * popup with no failed request, no console error and no CSP violation, in the page or in MapLibre's
 * worker (heard through the policy's report-uri, which the static server collects).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ONLINE_BASEMAPS } from '../../src/state/online-basemaps.ts';
import { useAppSession } from './app-session.ts';
import type { AppPage } from './driver.ts';
import { clickFeature, readPopup } from './map-actions.ts';
import { serveStatic, CONTENT_TYPES, type StaticServer } from './static-server.ts';
import { routeTiles, tileOrigin } from './tile-routes.ts';
import { STRICT_CSP } from './policies.ts';

/** dist/ as the browser project's global setup built it (APP_ROOT names another checkout). */
const DIST = join(process.env.APP_ROOT ?? join(import.meta.dirname, '../..'), 'dist');
const BASE_PATH = '/china-mali-map/';

/** The strict policy (tests/browser/policies.ts) with the online basemaps' tile hosts allowed, as README.md says to do when offering them. */
const TILE_HOSTS = Object.values(ONLINE_BASEMAPS)
  .map((basemap) => new URL(basemap.tiles).origin)
  .join(' ');
const ONLINE_CSP = STRICT_CSP.replace("connect-src 'self'", `connect-src 'self' ${TILE_HOSTS}`);

/** Where the browser reports violations (report-uri): the only way to hear of those in the worker. */
const REPORT_PATH = 'csp-report';

/** Collects the page's CSP violations from its first script on, in `window.__cspViolations`. */
const VIOLATION_RECORDER = `(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push([e.effectiveDirective, e.blockedURI, e.sourceFile + ':' + e.lineNumber, e.sample].join(' | '));
  });
})();`;

type WindowWithViolations = Window & { __cspViolations?: string[] };

// Every page is opened at an absolute address below, from a static server of its own.
const { openApp, readyApp } = useAppSession();
const servers: StaticServer[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

/** Serves dist/ under the sub-path, with `policy` (and a report-uri) when given. */
async function serve(policy?: string): Promise<StaticServer> {
  const headers: Record<string, string> =
    policy === undefined ? {} : { 'Content-Security-Policy': `${policy}; report-uri ${BASE_PATH}${REPORT_PATH}` };
  const server = await serveStatic({ root: DIST, basePath: BASE_PATH, headers, reportPath: REPORT_PATH });
  servers.push(server);
  return server;
}

/** Opens `url` with the violation recorder in place before the app's first script; `before` runs first (routes). */
async function openRecorded(
  url: string,
  options: { ready?: boolean; before?: (app: AppPage) => Promise<unknown> } = {},
): Promise<AppPage> {
  const open = (options.ready ?? true) ? readyApp : openApp;
  return open({
    path: url,
    before: async (app) => {
      await app.page.addInitScript({ content: VIOLATION_RECORDER });
      await options.before?.(app);
    },
  });
}

async function pageViolations(app: AppPage): Promise<string[]> {
  return app.page.evaluate(() => (window as WindowWithViolations).__cspViolations ?? ['(the recorder did not run)']);
}

/** The directives named by the reports the server received, in order. */
function reportedDirectives(server: StaticServer): string[] {
  return server.reports.map((report) => {
    const body = (report as { 'csp-report'?: { 'effective-directive'?: string; 'blocked-uri'?: string } })[
      'csp-report'
    ];
    return `${body?.['effective-directive'] ?? '?'} ${body?.['blocked-uri'] ?? ''}`.trim();
  });
}

describe('the static server', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve();
  });

  test('answers only under the base path, redirects the bare sub-path, and never leaves the folder', async () => {
    const origin = new URL(server.url).origin;
    const status = async (path: string) => (await fetch(origin + path, { redirect: 'manual' })).status;
    expect(await status(BASE_PATH)).toBe(200);
    expect(await status('/')).toBe(404);
    expect(await status('/index.html')).toBe(404);
    expect(await status(BASE_PATH.slice(0, -1))).toBe(301);
    expect(await status(`${BASE_PATH}no-such-file.js`)).toBe(404);
    expect(await status(`${BASE_PATH}%2e%2e/package.json`)).toBe(404);
    expect(await status(`${BASE_PATH}..%2fpackage.json`)).toBe(404);
  });

  test('gives each kind of file of the build its Content-Type', async () => {
    const html = await (await fetch(server.url)).text();
    const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(assets.length).toBeGreaterThan(0);
    const seen = new Map<string, string>();
    for (const asset of assets) seen.set(asset, (await fetch(server.url + asset)).headers.get('content-type') ?? '');
    for (const [asset, type] of seen) expect(type, asset).toBe(CONTENT_TYPES[asset.slice(asset.lastIndexOf('.'))]);
    expect((await fetch(server.url)).headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});

describe.each([
  { name: 'with no policy', policy: undefined },
  { name: 'under the strict Content-Security-Policy', policy: STRICT_CSP },
])('served from a sub-path, $name', ({ policy }) => {
  let server: StaticServer;
  let app: AppPage;

  beforeAll(async () => {
    server = await serve(policy);
    app = await openRecorded(server.url);
  });

  test('a place opens its popup', async () => {
    await clickFeature(app, 'gao');
    expect((await readPopup(app))?.title).toBe('Gao');
    await app.screenshot(`hosting-${policy === undefined ? 'sub-path' : 'strict-csp'}`);
  });

  test('every file comes from under the sub-path; nothing fails, throws or is refused', async () => {
    expect(app.failedRequests).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    expect(await pageViolations(app)).toEqual([]);
    expect(reportedDirectives(server)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(server.log.length).toBeGreaterThan(10);
    for (const line of server.log) expect(line).toMatch(new RegExp(`^200 ${BASE_PATH}`));
  });

  // Last: Playwright hides the controls for this screenshot with a <style> of its own, which the
  // strict policy refuses (style-src-elem 'inline'); that is the test's doing, not the app's.
  test('the map draws the basemap, not a blank canvas', async () => {
    const colours = await app.canvasColours();
    expect(colours.distinct).toBeGreaterThan(10);
    expect(colours.dominantShare).toBeLessThan(0.98);
  });
});

/** Polls until the server has heard of a violation, or gives up after `ms`. */
async function waitForReports(server: StaticServer, ms = 15_000): Promise<string[]> {
  const until = Date.now() + ms;
  while (server.reports.length === 0 && Date.now() < until) await new Promise((done) => setTimeout(done, 100));
  return reportedDirectives(server);
}

// Each allowance in the policy is needed: without it, something is refused (and the detector hears it).
describe.each([
  {
    without: "data: in img-src (MapLibre's control icons are data: SVGs in its CSS)",
    policy: STRICT_CSP.replace("img-src 'self' data:", "img-src 'self'"),
    directive: 'img-src data',
  },
  {
    without: "worker-src 'self' (MapLibre's worker file)",
    policy: STRICT_CSP.replace("worker-src 'self'", "worker-src 'none'"),
    directive: 'worker-src',
  },
  {
    without: "connect-src 'self' (the basemap GeoJSON, fetched by the worker)",
    policy: STRICT_CSP.replace("connect-src 'self'", "connect-src 'none'"),
    directive: 'connect-src',
  },
  {
    without: "font-src 'self' (the bundled Noto Sans)",
    policy: STRICT_CSP.replace("font-src 'self'", "font-src 'none'"),
    directive: 'font-src',
  },
  {
    without: "style-src 'self' (the two stylesheets)",
    policy: STRICT_CSP.replace("style-src 'self'", "style-src 'none'"),
    directive: 'style-src-elem',
  },
  {
    without: "script-src 'self' (the app's modules)",
    policy: STRICT_CSP.replace("script-src 'self'", "script-src 'none'"),
    directive: 'script-src-elem',
  },
])('a policy without $without', ({ policy, directive }) => {
  test(`is broken by a ${directive} violation`, async () => {
    const server = await serve(policy);
    const app = await openRecorded(server.url, { ready: false });
    const reports = await waitForReports(server);
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) expect(report.startsWith(directive)).toBe(true);
    await app.close();
  });
});

test("MapLibre 6 cannot run under Trusted Types (require-trusted-types-for 'script'): its Worker URL and attribution HTML are refused", async () => {
  // If this starts failing, MapLibre has stopped using those sinks: add the directive to README.md's policy.
  const server = await serve(`${STRICT_CSP}; require-trusted-types-for 'script'`);
  const app = await openRecorded(server.url, { ready: false });
  await waitForReports(server);
  await app.page.waitForTimeout(1000);
  const samples = (await pageViolations(app)).map((v) => v.split(' | ')[3]?.split('|')[0]);
  expect(samples).toContain('Worker constructor');
  await app.close();
});

describe('the online basemaps', () => {
  test('are refused by the offline policy: their tile hosts must be added', async () => {
    const server = await serve(STRICT_CSP);
    const app = await openRecorded(`${server.url}#5/15/-4&basemap=streets`, {
      ready: false,
      before: (a) => routeTiles(a),
    });
    const reports = await waitForReports(server);
    expect(reports.some((r) => r.startsWith(`connect-src ${tileOrigin('streets')}`))).toBe(true);
    await app.close();
  });

  test.each(['streets', 'satellite'] as const)(
    '%s loads its tiles under the policy with the tile hosts added, with no violation',
    async (basemap) => {
      const server = await serve(ONLINE_CSP);
      let tiles: Awaited<ReturnType<typeof routeTiles>> | undefined;
      const app = await openRecorded(`${server.url}#5/15/-4&basemap=${basemap}`, {
        before: async (a) => (tiles = await routeTiles(a)),
      });
      await app.evaluateOnMap(async (map) => {
        if (!map.areTilesLoaded()) await map.once('idle');
      }, undefined);
      expect(tiles?.requestsTo(basemap).length).toBeGreaterThan(0);
      expect(await pageViolations(app)).toEqual([]);
      expect(reportedDirectives(server)).toEqual([]);
      expect(app.consoleErrors).toEqual([]);
      expect(app.pageErrors).toEqual([]);
      await app.close();
    },
  );
});
