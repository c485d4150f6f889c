// @ts-check
/**
 * One load of the app, measured: time to first frame and to ready, DOM size and JS heap once ready,
 * and, on request, the main-thread cost of a year-filter change, a theme-filter change and opening a
 * place's popup, and the time an event takes to open in the reading pane.
 */
import {
  FILTER_YEARS,
  panMap,
  placeToClick,
  repaintMap,
  setFromYear,
  timePopupOpen,
  toggleTheme,
  waitForIdle,
} from './app-actions.mjs';
import { openBenchPage, waitForReady } from './chromium.mjs';
import { chooseTimelineMark, framesWhilePlaying } from './timeline-actions.mjs';
import { mainThreadMeter } from './main-thread.mjs';

/** @typedef {import('./main-thread.mjs').ActionCost} ActionCost */

/** How long the timeline plays while its frames are counted: a few steps at the first speed. */
const PLAY_MS = 4000;

/**
 * @typedef {object} AppLoad
 * @property {number} readyMs - navigation start to `#map` aria-busy="false"
 * @property {number} firstDrawMs - navigation start to the first WebGL draw call
 * @property {number} domElements - `document.getElementsByTagName('*').length` once ready
 * @property {number} heapMB - JSHeapUsedSize once ready, after a garbage collection, in MB (10^6 bytes)
 * @property {ActionCost[]} yearChanges
 * @property {ActionCost[]} themeChanges
 * @property {ActionCost[]} pans - pans of the map by 100 px, to idle
 * @property {ActionCost[]} repaints - the map drawn again with nothing changed, to idle
 * @property {number[]} popupMs - pointer down to popup in the document
 * @property {number[]} paneMs - a timeline mark clicked to its event in the reading pane
 * @property {number[]} markMs - a timeline mark clicked to the map idle at its event
 * @property {{ pageFps: number, mapFps: number, steps: number }[]} playing - frames while the timeline plays
 * @property {string[]} errors - console errors and uncaught exceptions
 * @property {string[]} blocked - non-local requests, aborted
 */

/**
 * Loads `url` in a fresh context and measures it. With `actions` > 0, also changes the year filter
 * and a theme that many times each (narrowing and widening in turn), pans the map that many times (east
 * and back) and opens a popup that many times.
 *
 * Each action's wall time is measured in the page from the input event until the map is idle again;
 * its main-thread cost is what {@link mainThreadMeter} reads over the same span.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ actions?: number }} [options]
 * @returns {Promise<AppLoad>}
 */
export async function measureAppLoad(browser, url, options = {}) {
  const { page, errors, blocked, close } = await openBenchPage(browser, url);
  try {
    const { readyMs, firstDrawMs } = await waitForReady(page);
    const meter = await mainThreadMeter(page);
    await waitForIdle(page);
    const heapMB = await meter.heapMB();
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);

    /** @type {ActionCost[]} */
    const yearChanges = [];
    /** @type {ActionCost[]} */
    const themeChanges = [];
    /** @type {number[]} */
    const popupMs = [];
    const actions = options.actions ?? 0;
    for (let i = 0; i < actions; i += 1) {
      const year = i % 2 === 0 ? FILTER_YEARS.narrowed : FILTER_YEARS.first;
      yearChanges.push(await meter.cost(() => setFromYear(page, year)));
    }
    for (let i = 0; i < actions; i += 1) themeChanges.push(await meter.cost(() => toggleTheme(page, 0)));
    // An even number of clicks leaves the theme as it was; one more if needed, so the popup's place shows.
    if (actions % 2 === 1) await toggleTheme(page, 0);
    /** @type {ActionCost[]} */
    const repaints = [];
    for (let i = 0; i < actions; i += 1) repaints.push(await meter.cost(() => repaintMap(page)));
    /** @type {ActionCost[]} */
    const pans = [];
    for (let i = 0; i < actions; i += 1) pans.push(await meter.cost(() => panMap(page, i % 2 === 0 ? 100 : -100)));
    for (let i = 0; i < actions; i += 1) {
      const place = await placeToClick(page);
      // A harness that finds nothing to click would print no popup time without a word.
      if (!place) throw new Error('the popup timing found no place drawn in the place layer (renamed?)');
      popupMs.push(await timePopupOpen(page, place));
    }
    /** @type {number[]} */
    const markMs = [];
    /** @type {number[]} */
    const paneMs = [];
    for (let i = 0; i < actions; i += 1) {
      const chosen = await chooseTimelineMark(page, 3 + 5 * i);
      paneMs.push(chosen.paneMs);
      markMs.push(chosen.idleMs);
    }
    const playing = actions > 0 ? [await framesWhilePlaying(page, PLAY_MS)] : [];
    return {
      readyMs,
      firstDrawMs,
      domElements,
      heapMB,
      yearChanges,
      themeChanges,
      pans,
      repaints,
      popupMs,
      paneMs,
      markMs,
      playing,
      errors,
      blocked,
    };
  } finally {
    await close();
  }
}
