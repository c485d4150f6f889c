/**
 * The browser driver: the only module that talks to Playwright.
 *
 * Tests (and the benchmark) launch Debian's Chromium through it, open the
 * built app in a fresh browser context whose non-local requests are blocked,
 * and act and read through the small {@link AppPage} surface. Domain helpers
 * (open a popup, toggle a layer) belong in their own module on top of
 * {@link AppPage}: `page` and {@link AppPage.evaluateOnMap} are there for them.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type JSHandle, type Page } from 'playwright-core';
import type { LngLatLike, MapLibreMap } from 'maplibre-gl';
import { findChromium } from '../../scripts/find-chromium.mjs';

/** A size in CSS pixels. */
export interface Viewport {
  width: number;
  height: number;
}

/** A point in CSS pixels from the top-left corner of the page. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/** The desktop size the screenshots and most tests use. */
export const DESKTOP: Viewport = { width: 1280, height: 800 };

/** A small phone, portrait. */
export const PHONE: Viewport = { width: 360, height: 640 };

/** Where {@link AppPage.screenshot} writes; git-ignored. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** Selector of the map region once it has rendered for the first time. */
export const MAP_READY_SELECTOR = '#map[aria-busy="false"]';

// Debian's Chromium flags: software WebGL (SwiftShader) so MapLibre renders on
// machines without a GPU, and no background traffic to Google services.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

// Records, in page time, when `#map` first reports aria-busy="false", so the
// time to ready does not depend on how often the test polls.
const READY_PROBE = `(() => {
  const check = () => {
    const map = document.getElementById('map');
    if (map && map.getAttribute('aria-busy') === 'false' && window.__mapReadyAt === undefined) {
      window.__mapReadyAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
})();`;

type WindowWithMap = Window & { chinaMaliMap?: MapLibreMap; __mapReadyAt?: number };

/** What {@link launchBrowser} needs. */
export interface LaunchOptions {
  /** Where the built app is served, e.g. `http://127.0.0.1:4173/`. */
  baseUrl: string;
  /** A Chromium executable; found with scripts/find-chromium.mjs when left out (never installed here). */
  executablePath?: string;
  /** More command-line switches, e.g. `--disable-3d-apis` to take WebGL away. */
  extraArgs?: string[];
}

/** What {@link TestBrowser.openApp} opens. */
export interface OpenAppOptions {
  /** Path relative to the base URL, default `''` (the app's index.html). */
  path?: string;
  /** URL hash without `#`, e.g. `4/15/0` for MapLibre's `zoom/lat/lng`. */
  hash?: string;
  /** Default {@link DESKTOP}. */
  viewport?: Viewport;
  /**
   * Fakes the page's clock (Playwright's clock API) from before the app's first script. Time still
   * flows as usual until a test moves it on with {@link AppPage.skipTo}, which fires the timers due.
   */
  fakeClock?: boolean;
  /** Runs once the page is set up, before it navigates: to route requests or add init scripts. */
  before?: (app: AppPage) => Promise<unknown>;
}

/** Colour statistics of a screenshot of the map canvas. */
export interface CanvasColours {
  /** Number of distinct RGBA values. */
  distinct: number;
  /** Share (0–1) of pixels that have the most common colour. */
  dominantShare: number;
  /** Pixels counted. */
  pixels: number;
}

/** One running Chromium with its own throw-away profile folder. */
export interface TestBrowser {
  /** Opens the app in a fresh, isolated browser context. */
  openApp(options?: OpenAppOptions): Promise<AppPage>;
  /** Closes every page, the browser, and removes the profile folder. */
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with software WebGL and a fresh temporary
 * user-data folder (outside the repository) that {@link TestBrowser.close} removes.
 *
 * @param options - where the app is served, and optionally which Chromium to run
 * @returns a browser that opens app pages
 * @example
 * const browser = await launchBrowser({ baseUrl: inject('baseUrl') });
 * const app = await browser.openApp({ viewport: PHONE });
 */
export async function launchBrowser(options: LaunchOptions): Promise<TestBrowser> {
  const executablePath = options.executablePath ?? locateChromium();
  const profileDir = await mkdtemp(join(tmpdir(), 'china-mali-chromium-'));
  // The persistent context is only there to own the profile folder; every app
  // page gets its own fresh context from the same browser, so pages share nothing.
  let profile: BrowserContext;
  try {
    profile = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    });
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
  const browser = profile.browser();
  if (browser === null) {
    await profile.close();
    await rm(profileDir, { recursive: true, force: true });
    throw new Error('Playwright returned no browser for the persistent context');
  }
  const openPages = new Set<AppPage>();

  return {
    openApp: async (openOptions = {}) => {
      const app = await AppPage.open(browser, options.baseUrl, openOptions);
      openPages.add(app);
      return app;
    },
    close: async () => {
      await Promise.allSettled([...openPages].map((app) => app.close()));
      await profile.close();
      await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** The app open in one browser context, with what happened on the network and console. */
export class AppPage {
  /** URLs of requests to hosts other than this machine, which were aborted. */
  readonly blockedRequests: string[] = [];
  /** Local requests that failed or answered with HTTP status 400 or more, as `STATUS URL`. */
  readonly failedRequests: string[] = [];
  /** Text of console messages of type `error`. */
  readonly consoleErrors: string[] = [];
  /** Uncaught exceptions and unhandled rejections in the page. */
  readonly pageErrors: string[] = [];

  private constructor(
    /** The Playwright page, for driver extensions only: tests use the methods. */
    readonly page: Page,
    private readonly context: BrowserContext,
  ) {}

  /** Opens a context and page, wires the recorders, and navigates. Use {@link TestBrowser.openApp}. */
  static async open(browser: Browser, baseUrl: string, options: OpenAppOptions): Promise<AppPage> {
    const viewport = options.viewport ?? DESKTOP;
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
    const page = await context.newPage();
    const app = new AppPage(page, context);
    await app.record();
    if (options.fakeClock) await page.clock.install();
    await options.before?.(app);
    const url = new URL(options.path ?? '', baseUrl);
    if (options.hash !== undefined) url.hash = options.hash;
    await page.goto(url.href, { waitUntil: 'domcontentloaded' });
    return app;
  }

  /** Waits until the map has rendered once (`#map` aria-busy="false"). */
  async waitForReady(timeoutMs = 30_000): Promise<void> {
    await this.page.locator(MAP_READY_SELECTOR).waitFor({ state: 'attached', timeout: timeoutMs });
  }

  /** Milliseconds from navigation start until the map first became ready, or undefined if it has not. */
  async msToReady(): Promise<number | undefined> {
    return this.page.evaluate(() => (window as WindowWithMap).__mapReadyAt);
  }

  /** The accessible name of the map region (its `aria-label`, or the text of its `aria-labelledby`). */
  async mapAccessibleName(): Promise<string> {
    return this.page.locator('#map').evaluate((element) => {
      const labelledBy = element.getAttribute('aria-labelledby');
      if (labelledBy) {
        return labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
          .join(' ')
          .trim();
      }
      return element.getAttribute('aria-label')?.trim() ?? '';
    });
  }

  /**
   * The page's clock, in milliseconds (its `performance.now()`): with {@link OpenAppOptions.fakeClock},
   * the time the app's timers run on. Read it when something starts, to {@link skipTo} a time after it.
   */
  async clockNow(): Promise<number> {
    return this.page.evaluate(() => performance.now());
  }

  /**
   * Moves the page's fake clock on to `ms` after `since` (a {@link clockNow} reading), firing every
   * timer due by then, instead of waiting for real. Does nothing if that time has already passed.
   * Needs {@link OpenAppOptions.fakeClock}.
   */
  async skipTo(since: number, ms: number): Promise<void> {
    const elapsed = (await this.clockNow()) - since;
    if (elapsed < ms) await this.page.clock.fastForward(Math.ceil(ms - elapsed));
  }

  /** Where a longitude/latitude is on the page now, in CSS pixels. */
  async screenPointOf(lngLat: LngLatLike): Promise<ScreenPoint> {
    return this.evaluateOnMap((map, position) => {
      const point = map.project(position);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    }, lngLat);
  }

  /** Clicks the page at a point, as a mouse user would. */
  async clickAt(point: ScreenPoint): Promise<void> {
    await this.page.mouse.click(point.x, point.y);
  }

  /**
   * Runs a function in the page with the app's MapLibre map (`window.chinaMaliMap`).
   * The function is serialised: it can use only its arguments.
   */
  async evaluateOnMap<Result, Arg>(fn: (map: MapLibreMap, arg: Arg) => Result, arg: Arg): Promise<Result> {
    const handle = await this.mapHandle();
    try {
      // Playwright types the argument as Unboxed<Arg>, which TypeScript cannot relate to a generic Arg.
      const pageFunction = fn as (map: MapLibreMap, arg: unknown) => Result;
      return await handle.evaluate(pageFunction, arg);
    } finally {
      await handle.dispose();
    }
  }

  /**
   * Saves a PNG of the viewport to tests/screenshots/NAME.png and returns its path. A screenshot is
   * for people to look at: take it at the end of a test that asserts what it shows, never as a test.
   */
  async screenshot(name: string): Promise<string> {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const path = join(SCREENSHOT_DIR, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /**
   * Screenshots the map canvas alone (controls, markers and popups hidden) and
   * counts its colours, decoding the PNG in the page with `createImageBitmap`.
   */
  async canvasColours(): Promise<CanvasColours> {
    const png = await this.page.locator('#map canvas').first().screenshot({
      style:
        '#map > :not(.maplibregl-canvas-container), .maplibregl-canvas-container > :not(canvas) { visibility: hidden !important; }',
    });
    return this.page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('no 2D context to decode the screenshot');
      context.drawImage(bitmap, 0, 0);
      const data = new Uint32Array(context.getImageData(0, 0, bitmap.width, bitmap.height).data.buffer);
      const counts = new Map<number, number>();
      for (const pixel of data) counts.set(pixel, (counts.get(pixel) ?? 0) + 1);
      let dominant = 0;
      for (const count of counts.values()) dominant = Math.max(dominant, count);
      return { distinct: counts.size, dominantShare: data.length ? dominant / data.length : 1, pixels: data.length };
    }, png.toString('base64'));
  }

  /**
   * Decodes an image address (e.g. a PNG data URL) in the page and counts the colours of every 97th
   * pixel: a drawn map has hundreds, a blank or failed capture one or two.
   */
  async imageColours(src: string): Promise<{ colours: number; width: number; height: number }> {
    return this.page.evaluate(async (address) => {
      const image = new Image();
      image.src = address;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const g = canvas.getContext('2d');
      g?.drawImage(image, 0, 0);
      const data = g?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97)
        seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      return { colours: seen.size, width: image.naturalWidth, height: image.naturalHeight };
    }, src);
  }

  /**
   * The longest run of pure black pixels in any row of an image, in image pixels: the scale bar's
   * line (src/export/scale-bar.ts), since nothing else on the map or its frame is drawn pure black.
   */
  async longestBlackRun(src: string): Promise<number> {
    return this.page.evaluate(async (address) => {
      const image = new Image();
      image.src = address;
      await image.decode();
      const [width, height] = [image.naturalWidth, image.naturalHeight];
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [width, height];
      const g = canvas.getContext('2d');
      g?.drawImage(image, 0, 0);
      const data = g?.getImageData(0, 0, width, height).data ?? new Uint8ClampedArray();
      let longest = 0;
      for (let y = 0; y < height; y++) {
        let run = 0;
        for (let x = 0; x < width; x++) {
          const i = 4 * (y * width + x);
          run = data[i] === 0 && data[i + 1] === 0 && data[i + 2] === 0 && data[i + 3] === 255 ? run + 1 : 0;
          longest = Math.max(longest, run);
        }
      }
      return longest;
    }, src);
  }

  /** MapLibre's own scale control as the map shows it: its label and its width in CSS pixels. */
  async screenScale(): Promise<{ label: string; width: number }> {
    return this.page.locator('.maplibregl-ctrl-scale').evaluate((element: HTMLElement) => ({
      label: element.textContent ?? '',
      width: parseFloat(element.style.width),
    }));
  }

  /**
   * Lays the page out for print (CSS `@media print`) or back for the screen, as a browser does around
   * printing; the `beforeprint` and `afterprint` events are the test's to send.
   */
  async emulatePrint(print: boolean): Promise<void> {
    await this.page.emulateMedia({ media: print ? 'print' : 'screen' });
  }

  /**
   * Prints the page to PDF as Chromium's Print does (firing `beforeprint` and `afterprint`), on the
   * paper size and margins the page's own `@page` rule asks for.
   */
  async printToPdf(): Promise<Buffer> {
    return this.page.pdf({ preferCSSPageSize: true, printBackground: false });
  }

  /** Closes this page's browser context. */
  async close(): Promise<void> {
    await this.context.close();
  }

  private async mapHandle(): Promise<JSHandle<MapLibreMap>> {
    const handle = await this.page.waitForFunction(() => (window as WindowWithMap).chinaMaliMap, undefined, {
      timeout: 10_000,
    });
    return handle as JSHandle<MapLibreMap>;
  }

  private async record(): Promise<void> {
    await this.context.addInitScript({ content: READY_PROBE });
    await this.context.route('**/*', async (route) => {
      const url = route.request().url();
      if (isLocal(url)) {
        await route.continue();
      } else {
        this.blockedRequests.push(url);
        await route.abort('blockedbyclient');
      }
    });
    const answeredWithError = new Set<string>();
    this.context.on('response', (response) => {
      if (response.status() < 400) return;
      answeredWithError.add(response.url());
      this.failedRequests.push(`${response.status()} ${response.url()}`);
    });
    this.context.on('requestfailed', (request) => {
      const url = request.url();
      if (!isLocal(url) || answeredWithError.has(url)) return;
      // MapLibre cancels the tiles of a view the map has left: not a failure.
      if (request.failure()?.errorText === 'net::ERR_ABORTED' && BASEMAP_TILE.test(url)) return;
      this.failedRequests.push(`${request.failure()?.errorText ?? 'failed'} ${url}`);
    });
    this.page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    this.page.on('pageerror', (error) => this.pageErrors.push(error.message));
    this.page.on('crash', () => this.pageErrors.push('the page crashed'));
  }
}

/** A tile of the offline basemap (scripts/basemap-tiles-plugin.ts). */
const BASEMAP_TILE = /\/assets\/basemap-\w+\/\d+\/\d+\/\d+\.pbf$/;

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return LOCAL_HOSTS.has(hostname);
}

function locateChromium(): string {
  const found = findChromium();
  if (found === undefined) {
    throw new Error(
      "No Chromium found. Run `node scripts/ensure-chromium.mjs` (installs Debian's chromium as root) or set CHROMIUM_PATH.",
    );
  }
  return found;
}
