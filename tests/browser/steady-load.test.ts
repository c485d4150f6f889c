/**
 * The map is drawn once at its first view and at its final size: no resize of the canvas while
 * the page fills in (timeline, panel, fonts), and no jump of the camera when the data arrives.
 * Either costs MapLibre a full re-layout and redraw of every basemap source at load. And the map's
 * first idle waits for the data, however late it comes (src/map/hold-first-idle.ts).
 */
import { describe, expect, test } from 'vitest';
import { useAppSession } from './app-session.ts';
import { DESKTOP, PHONE, type AppPage, type Viewport } from './driver.ts';

/** Records, from before the app's first script, every size the map's canvas is given and the camera of its first frame. */
const RECORDER = `
  window.__loadLog = { canvasSizes: [] };
  const watch = () => {
    const canvas = document.querySelector('#map canvas');
    if (!canvas) return requestAnimationFrame(watch);
    const log = () => window.__loadLog.canvasSizes.push(canvas.width + 'x' + canvas.height);
    log();
    new MutationObserver(log).observe(canvas, { attributes: true, attributeFilter: ['width', 'height'] });
    const firstFrame = () => {
      const map = window.chinaMaliMap;
      if (!map) return requestAnimationFrame(firstFrame);
      map.once('render', () => (window.__loadLog.firstFrame = map.getCenter().toArray().concat(map.getZoom())));
    };
    firstFrame();
  };
  watch();
`;

interface LoadLog {
  canvasSizes: string[];
  firstFrame: number[];
  afterReady: number[];
}

const { openApp } = useAppSession();

async function loadLog(viewport: Viewport): Promise<{ app: AppPage; log: LoadLog }> {
  const app = await openApp({ viewport, before: (page) => page.page.addInitScript({ content: RECORDER }) });
  await app.waitForReady();
  const log = await app.page.evaluate(() => {
    const recorded = (window as unknown as { __loadLog: Omit<LoadLog, 'afterReady'> }).__loadLog;
    const map = window.chinaMaliMap;
    return { ...recorded, afterReady: map ? [...map.getCenter().toArray(), map.getZoom()] : [] };
  });
  return { app, log };
}

describe('the map loads without being resized or moved', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    test(`on a ${name}, the canvas keeps the size it was created with`, async () => {
      const { app, log } = await loadLog(viewport);
      expect(log.canvasSizes.length).toBeGreaterThan(0);
      expect(new Set(log.canvasSizes), log.canvasSizes.join(' → ')).toHaveLength(1);
      await app.close();
    });
  }

  test('the first frame is drawn at the first view: the map does not jump when the data comes', async () => {
    const { app, log } = await loadLog(DESKTOP);
    expect(log.firstFrame).toHaveLength(3);
    for (const [i, value] of log.afterReady.entries()) expect(value).toBeCloseTo(log.firstFrame[i] ?? NaN, 6);
    await app.close();
  });
});

/** Keeps every layout shift the page makes, from before its first paint (what CLS adds up). */
const SHIFTS = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries())
      window.__shifts.push({ value: shift.value, what: shift.sources.map((s) => s.node?.className || s.node?.nodeName) });
  }).observe({ type: 'layout-shift', buffered: true });
`;

describe('nothing on the page moves while it fills in', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    // With the script late, the page is painted from index.html first: what the script adds (the
    // language switch, the map's credits) must not push what was painted.
    test(`on a ${name}, with the app's script late, the layout shifts add up to less than 0.005`, async () => {
      const app = await openApp({
        viewport,
        before: async (page) => {
          await page.page.addInitScript({ content: SHIFTS });
          await page.page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
            await new Promise((done) => setTimeout(done, 1000));
            await route.continue();
          });
        },
      });
      await app.waitForReady();
      const shifts = await app.page.evaluate(
        () => (window as unknown as { __shifts: { value: number; what: string[] }[] }).__shifts,
      );
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.005);
      await app.close();
    });
  }
});

describe('the first view’s fonts', () => {
  // MapLibre fetches the same two files for its labels (src/map/font-faces.ts), from the browser's
  // cache where the host lets it cache (this test's server does not): those fetches are not counted.
  test('are asked for with the page (preloaded), not once its stylesheet is read', async () => {
    const app = await openApp();
    await app.waitForReady();
    const byPage = await app.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /\/noto-sans-latin-(400|700)-normal-[\w-]+\.woff2$/.test(entry.name))
        .map((entry) => ({
          weight: entry.name.replace(/^.*\/noto-sans-latin-(\d+).*$/, '$1'),
          by: (entry as PerformanceResourceTiming).initiatorType,
        }))
        .filter((fetch) => fetch.by !== 'fetch'),
    );
    // 'css' would mean the stylesheet found it first, or did not take the preloaded response.
    expect(byPage.sort((a, b) => a.weight.localeCompare(b.weight))).toEqual([
      { weight: '400', by: 'link' },
      { weight: '700', by: 'link' },
    ]);
    await app.close();
  });
});

describe('the data', () => {
  // The app's script runs only once MapLibre's chunk, which it imports, has come: asked for by the
  // script, the data would follow MapLibre instead of coming beside it.
  test('is asked for with the page, beside MapLibre, and fetched once', async () => {
    const app = await openApp({
      before: (page) =>
        page.page.route(/\/assets\/maplibre-gl-[\w-]+\.js$/, async (route) => {
          await new Promise((done) => setTimeout(done, 1500));
          await route.continue();
        }),
    });
    await app.waitForReady();
    const fetches = await app.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /\/geodata-[\w-]+\.json$/.test(entry.name) && !entry.name.includes('/geodata-fr-'))
        .map((entry) => ({ by: (entry as PerformanceResourceTiming).initiatorType, early: entry.startTime < 1000 })),
    );
    // One fetch: the app's own request took the preloaded response ('fetch' too would be a second).
    expect(fetches).toEqual([{ by: 'link', early: true }]);
    await app.close();
  });
});

/** The map's data file, not its French texts. */
const DATA_FILE = /\/geodata-[\w-]+\.json$/;
const isDataFile = (url: URL) => DATA_FILE.test(url.pathname) && !url.pathname.includes('/geodata-fr-');

/** Records, from before the app's first script, what the map had drawn at its first idle. */
const FIRST_IDLE = `
  const watchIdle = () => {
    const map = window.chinaMaliMap;
    if (!map) return requestAnimationFrame(watchIdle);
    window.__basemapTileLoads = {};
    map.on('sourcedata', (e) => {
      if (e.sourceId === 'basemap' && e.isSourceLoaded && !window.__basemapAt) window.__basemapAt = performance.now();
      if (e.sourceId === 'basemap' && e.tile) {
        const key = e.tile.tileID.key;
        window.__basemapTileLoads[key] = (window.__basemapTileLoads[key] ?? 0) + 1;
      }
    });
    map.once('idle', () => (window.__firstIdle = { at: performance.now(), places: Boolean(map.getLayer('places-circle')) }));
  };
  watchIdle();
`;

interface FirstIdle {
  at: number;
  places: boolean;
}

describe('the map settles once, with its data', () => {
  // A style change to a basemap layer once its tiles are loading (a filter, or a visibility set to
  // what it already is) makes MapLibre lay every basemap tile out again.
  test('with the data slower than the basemap, the first idle comes once the places are drawn, and no basemap tile is laid out twice', async () => {
    const app = await openApp({
      before: async (page) => {
        await page.page.addInitScript({ content: FIRST_IDLE });
        await page.page.route(isDataFile, async (route) => {
          await new Promise((done) => setTimeout(done, 2500));
          await route.continue();
        });
      },
    });
    await app.waitForReady(40_000);
    const { firstIdle, basemapAt, tileLoads } = await app.page.evaluate(() => {
      const w = window as unknown as {
        __firstIdle?: FirstIdle;
        __basemapAt?: number;
        __basemapTileLoads: Record<string, number>;
      };
      return { firstIdle: w.__firstIdle, basemapAt: w.__basemapAt, tileLoads: w.__basemapTileLoads };
    });
    // The basemap was in well before the data: without the hold, the map would have idled then.
    expect(basemapAt).toBeLessThan(firstIdle?.at ?? 0);
    expect(firstIdle?.places).toBe(true);
    expect(Object.keys(tileLoads).length).toBeGreaterThan(0);
    expect(
      Object.values(tileLoads).filter((loads) => loads > 1),
      JSON.stringify(tileLoads),
    ).toEqual([]);
    await app.close();
  });

  test('with the data missing, the map still settles, on the basemap, and says why', async () => {
    const app = await openApp({
      before: async (page) => {
        await page.page.addInitScript({ content: FIRST_IDLE });
        await page.page.route(isDataFile, (route) => route.fulfill({ status: 404, body: '' }));
      },
    });
    await app.page.waitForFunction(() => (window as unknown as { __firstIdle?: FirstIdle }).__firstIdle, undefined, {
      timeout: 30_000,
    });
    expect(await app.page.evaluate(() => window.chinaMaliMap?.isSourceLoaded('basemap'))).toBe(true);
    await expect.poll(() => app.page.getByRole('alert').count()).toBeGreaterThan(0);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
