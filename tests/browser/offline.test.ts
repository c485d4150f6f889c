/**
 * Installable and offline after one visit. The built app is served from a sub-path under the
 * Content-Security-Policy README.md recommends, with service workers allowed: after one visit it
 * opens and draws with the network off; a new release shows "A new version is available." and
 * Reload opens it; the manifest is served, parses, and names icons that are there.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DATA_LAYERS } from '../../src/layers/data-layers.ts';
import { APP_NAME, PWA_OPTIONS } from '../../src/pwa/pwa-options.ts';
import { buildRelease, deploy, useServiceWorkerBrowser, type ServiceWorkerPage } from './service-worker-page.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { RECOMMENDED_CSP } from './policies.ts';

/** The app's folder; dist/ in it is what the browser project's global setup built. */
const ROOT = process.env.APP_ROOT ?? join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const BASE_PATH = '/china-mali-map/';
const CURRENT_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const NEXT_VERSION = `${CURRENT_VERSION}-next`;
/** Where the screenshots of the update notice go: outside the repository. */
const SCREENSHOTS = join(tmpdir(), 'china-mali-offline-screenshots');

const REPORT_PATH = 'csp-report';

const browser = useServiceWorkerBrowser();
/** The folder the static server serves; each test deploys a release into it. */
let site: string;
/** The app built again as a later release, with version NEXT_VERSION. */
let nextRelease: string;
const servers: StaticServer[] = [];
const pages: ServiceWorkerPage[] = [];

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'china-mali-site-'));
  nextRelease = await mkdtemp(join(tmpdir(), 'china-mali-next-'));
  await buildRelease(ROOT, nextRelease, NEXT_VERSION);
}, 180_000);

afterAll(async () => {
  await Promise.allSettled(pages.map((app) => app.close()));
  await Promise.allSettled(servers.map((server) => server.close()));
  await rm(site, { recursive: true, force: true });
  await rm(nextRelease, { recursive: true, force: true });
});

/** Deploys `release` and serves it from the sub-path, under `policy` with a report-uri. */
async function serveRelease(release: string, policy = RECOMMENDED_CSP): Promise<StaticServer> {
  await deploy(release, site);
  const headers = { 'Content-Security-Policy': `${policy}; report-uri ${BASE_PATH}${REPORT_PATH}` };
  const server = await serveStatic({ root: site, basePath: BASE_PATH, headers, reportPath: REPORT_PATH });
  servers.push(server);
  return server;
}

/** Opens `url` and waits until the map is ready and a service worker controls the page. */
async function visit(url: string, viewport?: { width: number; height: number }): Promise<ServiceWorkerPage> {
  const app = await browser.open(url, viewport);
  pages.push(app);
  await app.waitForReady();
  await app.waitForServiceWorker();
  return app;
}

/** The version "Cite this view" gives, as a reader would read it. */
async function citedVersion(page: Page): Promise<string | undefined> {
  await page.getByRole('button', { name: 'Cite this view' }).click();
  const citation = await page.getByRole('textbox', { name: 'Citation (plain text)' }).inputValue();
  return /\(version ([^)]+)\)/.exec(citation)?.[1];
}

/** The sources of what the map has drawn, and its zoom. */
async function drawn(page: Page): Promise<{ sources: string[]; zoom: number }> {
  return page.evaluate(() => {
    const map = window.chinaMaliMap;
    if (!map) return { sources: [], zoom: 0 };
    const sources = new Set(map.queryRenderedFeatures().map((feature) => feature.source));
    return { sources: [...sources].sort(), zoom: map.getZoom() };
  });
}

function directivesReported(server: StaticServer): string[] {
  return server.reports.map(
    (report) =>
      (report as { 'csp-report'?: { 'effective-directive'?: string } })['csp-report']?.['effective-directive'] ?? '?',
  );
}

describe('the build', () => {
  test('has no inline script: the page loads one module, and registers its worker from a file', async () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\.\/assets\//);
      expect(body?.trim()).toBe('');
    }
    expect(html).toContain('<link rel="manifest" href="./manifest.webmanifest">');
  });

  test('precaches the shell, every script (MapLibre and its worker too), style, basemap tile, woff2 font and icon', async () => {
    const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const precached = new Set([...worker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]));
    const assets = (await readdir(join(DIST, 'assets'), { recursive: true })).map((name) => `assets/${name}`);
    const expected = assets.filter((path) => /\.(js|mjs|css|pbf|json|woff2)$/.test(path));
    expect(expected.some((path) => /maplibre-gl-worker-.*\.mjs$/.test(path))).toBe(true);
    // Every basemap tile, so that any view can be drawn offline, not only the ones seen online.
    expect(expected.filter((path) => /^assets\/basemap-\w+\/\d+\/\d+\/\d+\.pbf$/.test(path)).length).toBeGreaterThan(
      200,
    );
    for (const path of [...expected, 'index.html', 'manifest.webmanifest', 'icons/icon-192.png'])
      expect(precached, path).toContain(path);
    // Addresses relative to the worker, so the same build works under any sub-path.
    for (const url of precached) expect(url).not.toMatch(/^(\/|[a-z]+:)/);
  });
});

describe('served from a sub-path under the recommended policy', () => {
  test('after one visit, the map opens and draws with the network off', async () => {
    const server = await serveRelease(DIST);
    const app = await visit(server.url);
    expect(await app.waitForServiceWorker()).toBe(server.url);
    await app.page.getByRole('status').filter({ hasText: 'Map saved for offline use.' }).waitFor();

    await app.context.setOffline(true);
    await server.close();
    await app.page.reload({ waitUntil: 'domcontentloaded' });
    await app.waitForReady();

    const { sources, zoom } = await drawn(app.page);
    expect(sources).toContain('basemap');
    const shown = DATA_LAYERS.filter((layer) => layer.minZoom <= zoom);
    expect(shown.length).toBeGreaterThan(0);
    for (const layer of shown) expect(sources).toContain(layer.sourceId);
    expect(await app.page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    // A shared link with a query string still opens, at the view its address gives.
    await app.page.goto(`${server.url}?utm_source=share#7/12.65/-8`, { waitUntil: 'domcontentloaded' });
    await app.waitForReady();
    expect(await app.page.evaluate(() => window.chinaMaliMap?.getZoom())).toBeCloseTo(7, 0);
    // A view never opened online: its basemap tiles come from the precache too.
    expect((await drawn(app.page)).sources).toContain('basemap');
    expect(app.failedRequests).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(directivesReported(server)).toEqual([]);
  });

  test('a new release: "A new version is available." with Reload, reachable by keyboard, opens it', async () => {
    const server = await serveRelease(DIST);
    const app = await visit(server.url, { width: 1440, height: 900 });
    expect(await citedVersion(app.page)).toBe(CURRENT_VERSION);

    await deploy(nextRelease, site);
    await app.page.evaluate(async () => {
      await (await navigator.serviceWorker.ready).update();
    });
    const notice = app.page.getByRole('status').filter({ hasText: 'A new version is available.' });
    await notice.waitFor();
    const reload = app.page.getByRole('button', { name: 'Reload to use the new version' });
    await app.page.screenshot({ path: join(SCREENSHOTS, 'update-notice-1440x900.png') });
    await app.page.setViewportSize({ width: 390, height: 844 });
    await app.page.screenshot({ path: join(SCREENSHOTS, 'update-notice-390x844.png') });
    await app.page.setViewportSize({ width: 1440, height: 900 });

    // From the map, Tab reaches Reload after the map's own controls.
    await app.page.locator('#map canvas').focus();
    let focused = '';
    for (let step = 0; step < 80 && focused !== 'Reload'; step++) {
      await app.page.keyboard.press('Tab');
      focused = await app.page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('Reload');
    expect(await reload.evaluate((button) => button === document.activeElement)).toBe(true);
    await Promise.all([app.page.waitForEvent('load'), app.page.keyboard.press('Enter')]);

    await app.waitForReady();
    expect(await citedVersion(app.page)).toBe(NEXT_VERSION);
    expect(await notice.count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(directivesReported(server)).toEqual([]);
  });

  test('the manifest is served and parses, and its icons are there at their stated sizes', async () => {
    const server = await serveRelease(DIST);
    const manifestUrl = new URL('manifest.webmanifest', server.url);
    const manifest = (await (await fetch(manifestUrl)).json()) as {
      name: string;
      start_url: string;
      scope: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ name: APP_NAME, display: 'standalone', start_url: './', scope: './' });
    expect(new URL(manifest.start_url, manifestUrl).href).toBe(server.url);
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of manifest.icons) {
      const response = await fetch(new URL(icon.src, manifestUrl));
      expect(response.status, icon.src).toBe(200);
      const png = Buffer.from(await response.arrayBuffer());
      expect(png.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }

    // Chromium reads the same manifest from the page, under the policy, and finds the app installable.
    const app = await visit(server.url);
    const cdp = await app.context.newCDPSession(app.page);
    const read = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
    expect(read.url).toBe(manifestUrl.href);
    expect(read.errors).toEqual([]);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // The test's browser context is incognito, which alone keeps Chromium from offering to install.
    expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    expect(PWA_OPTIONS.manifest && PWA_OPTIONS.manifest.theme_color).toBe(
      await app.page.locator('meta[name="theme-color"]').getAttribute('content'),
    );
    expect(directivesReported(server)).toEqual([]);
  });

  test("without manifest-src 'self', default-src 'none' refuses the manifest", async () => {
    const server = await serveRelease(DIST, RECOMMENDED_CSP.replace("; manifest-src 'self'", ''));
    const app = await visit(server.url);
    const cdp = await app.context.newCDPSession(app.page);
    await cdp.send('Page.getAppManifest');
    await expect.poll(() => directivesReported(server), { timeout: 10_000 }).toContain('manifest-src');
  });
});
