// @ts-check
/**
 * How the benchmark works the app like a reader: the only module that knows the app's selectors and
 * layer names, so a change to the panel or the layers is fixed here. Every action runs in the page and
 * returns page times, so Playwright's round trips are not counted. Each starts in a task of its own
 * (a `setTimeout` callback), as a reader's input would: Chromium leaves script run inside the DevTools
 * protocol's evaluation, or in a promise continuation of it, out of ScriptDuration.
 */

/** The panel's controls and the map's popup, as CSS selectors or label texts. */
export const SELECTORS = Object.freeze({
  yearFrom: 'From year',
  yearTo: 'To year',
  themeCheckboxes: '.filter-themes input[type="checkbox"]',
  popup: '.maplibregl-popup',
  /** Style layers whose features open a place's popup when clicked. */
  placeLayer: /^places-circle$/.source,
  /** Kinds whose popups gather events from everywhere: not clicked, as they are not a typical place. */
  skippedKinds: ['country'],
});

/**
 * The year filter's change: "From year" moves from the slider's first year to `narrowed` and back.
 * The peer baseline filters with the same years.
 */
export const FILTER_YEARS = Object.freeze({ first: 1960, narrowed: 2000 });

/** @typedef {import('playwright-core').Page} Page */

/**
 * Moves the "From year" slider to `year` as a reader's drag ends (an `input` then a `change` event),
 * and measures the wall time in the page until the frame in which the map is next idle has ended (a
 * task posted at `idle` runs after that frame's style, layout and paint of the page). The map is asked
 * to repaint, so `idle` comes after at least one frame even when nothing on it changed.
 *
 * @param {Page} page - the app, ready
 * @param {number} year
 * @returns {Promise<number>}
 */
export function setFromYear(page, year) {
  return page.evaluate(
    ({ label, value }) => {
      const input = [...document.querySelectorAll('label')]
        .find((element) => element.textContent?.includes(label))
        ?.querySelector('input[type="range"]');
      const map = window.chinaMaliMap;
      if (!(input instanceof HTMLInputElement) || !map) throw new Error(`no slider labelled "${label}" or no map`);
      return new Promise((done) =>
        setTimeout(() => {
          const started = performance.now();
          input.value = String(value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
          map.triggerRepaint();
          map.once('idle', () => setTimeout(() => done(performance.now() - started)));
        }),
      );
    },
    { label: SELECTORS.yearFrom, value: year },
  );
}

/**
 * Ticks or unticks the `index`-th theme checkbox with a click (as a reader would, firing `input` and
 * `change`) and measures until the map is idle again and its frame ended, as {@link setFromYear} does.
 *
 * @param {Page} page - the app, ready
 * @param {number} index - which theme, from 0
 * @returns {Promise<number>} wall time in the page, ms
 */
export function toggleTheme(page, index) {
  return page.evaluate(
    ({ selector, at }) => {
      const box = document.querySelectorAll(selector)[at];
      const map = window.chinaMaliMap;
      if (!(box instanceof HTMLInputElement) || !map) throw new Error(`no theme checkbox ${at} or no map`);
      return new Promise((done) =>
        setTimeout(() => {
          const started = performance.now();
          box.click();
          map.triggerRepaint();
          map.once('idle', () => setTimeout(() => done(performance.now() - started)));
        }),
      );
    },
    { selector: SELECTORS.themeCheckboxes, at: index },
  );
}

/**
 * Finds the drawn place nearest a point low in the middle of the map (not a country-level one), and
 * its point on the page. Low, because the popup opens above it: where it fits, the app need not pan
 * the map to show it, so the timing is of the popup alone.
 *
 * @param {Page} page - the app, ready
 * @returns {Promise<{ id: string, x: number, y: number } | undefined>} page coordinates, CSS px
 */
export function placeToClick(page) {
  return page.evaluate(({ placeLayer, skippedKinds }) => {
    const map = window.chinaMaliMap;
    if (!map) return undefined;
    const pattern = new RegExp(placeLayer);
    const layers = (map.getStyle().layers ?? []).map((layer) => layer.id).filter((id) => pattern.test(id));
    const canvas = map.getCanvas().getBoundingClientRect();
    const target = { x: canvas.width / 2, y: canvas.height * 0.8 };
    let best;
    for (const feature of map.queryRenderedFeatures({ layers })) {
      if (feature.geometry.type !== 'Point' || skippedKinds.includes(String(feature.properties.kind))) continue;
      const [lng = 0, lat = 0] = feature.geometry.coordinates;
      const at = map.project([lng, lat]);
      const distance = Math.hypot(at.x - target.x, at.y - target.y);
      if (!best || distance < best.distance)
        best = { id: String(feature.properties.id), x: canvas.left + at.x, y: canvas.top + at.y, distance };
    }
    return best && { id: best.id, x: best.x, y: best.y };
  }, SELECTORS);
}

/**
 * Clicks the page at `point` with the mouse and measures, in page time, from the pointer going down
 * to the popup being in the document. Closes it again with Escape and waits for the map to be idle.
 *
 * @param {Page} page - the app, ready, with no popup open
 * @param {{ x: number, y: number }} point - from {@link placeToClick}
 * @returns {Promise<number>} ms
 */
export async function timePopupOpen(page, point) {
  await page.evaluate((popupSelector) => {
    const marks = { down: Number.NaN, popup: Number.NaN };
    Object.assign(window, { __popupMarks: marks });
    document.addEventListener('pointerdown', () => (marks.down = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (!document.querySelector(popupSelector)) return;
      marks.popup = performance.now();
      observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  }, SELECTORS.popup);
  await page.mouse.click(point.x, point.y);
  await page.waitForSelector(SELECTORS.popup, { state: 'attached', timeout: 30_000 });
  const ms = await page.evaluate(() => {
    const marks = /** @type {{ __popupMarks?: { down: number, popup: number } }} */ (window).__popupMarks;
    return marks ? marks.popup - marks.down : Number.NaN;
  });
  await page.keyboard.press('Escape');
  await page.waitForSelector(SELECTORS.popup, { state: 'detached', timeout: 60_000 });
  await waitForIdle(page);
  return ms;
}

/**
 * Pans the map by `dx` CSS px (as a drag would, without easing) and measures until it is idle again
 * and its frame ended:
 * the app follows every move (the address, the list of what is in view…).
 *
 * @param {Page} page - the app, ready
 * @param {number} dx
 * @returns {Promise<number>} wall time in the page, ms
 */
export function panMap(page, dx) {
  return page.evaluate((by) => {
    const map = window.chinaMaliMap;
    if (!map) throw new Error('no map');
    return new Promise((done) =>
      setTimeout(() => {
        const started = performance.now();
        map.panBy([by, 0], { duration: 0 });
        map.once('idle', () => setTimeout(() => done(performance.now() - started)));
      }),
    );
  }, dx);
}

/**
 * Asks the map to draw again with nothing changed, and measures as {@link setFromYear} does: the
 * cost of the frame alone, which every filter change includes, so a filter's own cost can be read
 * against it.
 *
 * @param {Page} page - the app, ready
 * @returns {Promise<number>} wall time in the page, ms
 */
export function repaintMap(page) {
  return page.evaluate(() => {
    const map = window.chinaMaliMap;
    if (!map) throw new Error('no map');
    return new Promise((done) =>
      setTimeout(() => {
        const started = performance.now();
        map.triggerRepaint();
        map.once('idle', () => setTimeout(() => done(performance.now() - started)));
      }),
    );
  });
}

/**
 * Waits until the app's map has finished any movement and drawing.
 *
 * @param {Page} page
 * @returns {Promise<void>}
 */
export function waitForIdle(page) {
  return page.evaluate(async () => {
    const map = window.chinaMaliMap;
    if (!map) return;
    map.triggerRepaint();
    await new Promise((done) => map.once('idle', done));
  });
}
