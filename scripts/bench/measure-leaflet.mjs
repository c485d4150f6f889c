// @ts-check
/** One load of the Leaflet peer baseline, measured like the app: ready, DOM, heap, year-filter cost. */
import { FILTER_YEARS } from './app-actions.mjs';
import { openBenchPage, waitForReady } from './chromium.mjs';
import { mainThreadMeter } from './main-thread.mjs';

/**
 * @typedef {object} LeafletLoad
 * @property {number} readyMs - navigation start to the markers drawn (the page sets aria-busy="false")
 * @property {number} domElements
 * @property {number} heapMB
 * @property {import('./main-thread.mjs').ActionCost[]} yearChanges - rebuilds of the cluster group
 * @property {string[]} errors
 */

/**
 * Loads the page in a fresh context; with `actions` > 0, filters by year that many times, narrowing
 * and widening in turn as the app's benchmark does. Wall time runs from the filter call until the
 * frame after the rebuild.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ actions?: number }} [options]
 * @returns {Promise<LeafletLoad>}
 */
export async function measureLeafletLoad(browser, url, options = {}) {
  const { page, errors, close } = await openBenchPage(browser, url);
  try {
    const { readyMs } = await waitForReady(page);
    const meter = await mainThreadMeter(page);
    const heapMB = await meter.heapMB();
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const lastYear = new Date().getFullYear();
    /** @type {import('./main-thread.mjs').ActionCost[]} */
    const yearChanges = [];
    for (let i = 0; i < (options.actions ?? 0); i += 1) {
      const from = i % 2 === 0 ? FILTER_YEARS.narrowed : FILTER_YEARS.first;
      yearChanges.push(
        await meter.cost(() =>
          page.evaluate(({ start, end }) => window.__leafletBench?.filterYears(start, end) ?? Number.NaN, {
            start: from,
            end: lastYear,
          }),
        ),
      );
    }
    return { readyMs, domElements, heapMB, yearChanges, errors };
  } finally {
    await close();
  }
}
