// @ts-check
/**
 * Launches the benchmark's Chromium and opens pages in it: one browser for a whole run, a fresh
 * context (no cache, no storage) for every page, every request beyond this machine aborted, and a
 * probe script that records when the page first draws and when it is ready.
 */
import { chromium } from 'playwright-core';
import { findChromium } from '../find-chromium.mjs';

/**
 * The command-line switches the benchmark runs Chromium with (headless mode comes from Playwright).
 * WebGL is software-rendered by SwiftShader through ANGLE, so numbers are far from a real GPU's.
 */
export const CHROMIUM_FLAGS = Object.freeze([
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // Every host but this machine's fails to resolve, a second wall behind the request routing below.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
]);

/** The desktop size of the load comparisons. */
export const DESKTOP = Object.freeze({ width: 1280, height: 800 });

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Runs in every page before its own scripts. `__bench.firstDrawAt` is the page time (ms since
 * navigation start) of the first WebGL draw call, i.e. MapLibre's first frame after its style loaded
 * (it paints at least the background). `__bench.readyAt` is when `#map` first has aria-busy="false"
 * (the app sets it once its data layers are drawn and the map is idle; the bare page at its first idle).
 */
const PAGE_PROBE = `(() => {
  const bench = (window.__bench = { firstDrawAt: undefined, readyAt: undefined });
  for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced']) {
    const proto = window.WebGL2RenderingContext && WebGL2RenderingContext.prototype;
    const original = proto && proto[name];
    if (typeof original !== 'function') continue;
    proto[name] = function (...args) {
      if (bench.firstDrawAt === undefined) bench.firstDrawAt = performance.now();
      return original.apply(this, args);
    };
  }
  const check = () => {
    const map = document.getElementById('map');
    if (bench.readyAt === undefined && map && map.getAttribute('aria-busy') === 'false') bench.readyAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
})();`;

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Page} Page */

/**
 * Launches headless Chromium with {@link CHROMIUM_FLAGS}.
 *
 * @returns {Promise<{ browser: Browser, executablePath: string }>}
 * @example const { browser } = await launchBenchBrowser();
 */
export async function launchBenchBrowser() {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH.');
  const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_FLAGS] });
  return { browser, executablePath };
}

/**
 * @typedef {object} BenchPage
 * @property {Page} page
 * @property {string[]} blocked - non-local URLs the page asked for (aborted)
 * @property {string[]} errors - console errors and uncaught exceptions
 * @property {() => Promise<void>} close - closes the page and its context
 */

/**
 * Opens `url` in a fresh context, with non-local requests aborted and the probe installed.
 *
 * @param {Browser} browser
 * @param {string} url
 * @param {{ viewport?: { width: number, height: number }, beforeNavigate?: (page: Page) => Promise<void> | void }} [options]
 * @returns {Promise<BenchPage>}
 */
export async function openBenchPage(browser, url, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  /** @type {string[]} */
  const blocked = [];
  /** @type {string[]} */
  const errors = [];
  await context.route('**/*', (route) => {
    const requested = new URL(route.request().url());
    if (requested.protocol === 'data:' || requested.protocol === 'blob:' || LOCAL_HOSTS.has(requested.hostname))
      return route.continue();
    blocked.push(requested.href);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(PAGE_PROBE);
  await options.beforeNavigate?.(page);
  await page.goto(url, { waitUntil: 'commit' });
  return { page, blocked, errors, close: () => context.close() };
}

/**
 * Waits for the probe's ready mark and returns the page's timings.
 *
 * @param {Page} page
 * @param {number} [timeoutMs]
 * @returns {Promise<{ readyMs: number, firstDrawMs: number }>} page times, ms since navigation start
 */
export async function waitForReady(page, timeoutMs = 120_000) {
  await page.waitForFunction(() => window.__bench?.readyAt !== undefined, undefined, {
    timeout: timeoutMs,
    polling: 50,
  });
  const marks = await page.evaluate(() => window.__bench);
  return { readyMs: marks?.readyAt ?? Number.NaN, firstDrawMs: marks?.firstDrawAt ?? Number.NaN };
}
