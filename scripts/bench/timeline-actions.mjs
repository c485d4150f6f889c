// @ts-check
/**
 * The benchmark's timeline actions (issue 8's figures): a mark chosen to the map idle at its event,
 * and the frames drawn while the timeline plays. Like app-actions.mjs, each runs in the page and
 * starts in a task of its own.
 */

/** @typedef {import('playwright-core').Page} Page */

/**
 * Chooses the `index`-th mark of the timeline with a click, as a reader would, and measures two spans
 * from the click: until the reading pane holds the event (its element in the document, as the popup
 * timing counts), and until the map has gone to the event (it may fly there) and is idle, and its
 * frame ended (issue 8's figure).
 *
 * @param {Page} page - the app, ready
 * @param {number} index - which mark, from 0 (wraps around the marks drawn)
 * @returns {Promise<{ paneMs: number, idleMs: number }>} wall times in the page, ms
 */
export function chooseTimelineMark(page, index) {
  return page.evaluate((at) => {
    const marks = document.querySelectorAll('.timeline-mark');
    const mark = marks[at % Math.max(1, marks.length)];
    const pane = document.getElementById('reading-pane');
    const map = window.chinaMaliMap;
    if (!(mark instanceof HTMLElement) || !pane || !map) throw new Error('no timeline mark, reading pane or map');
    const shown = `.event-detail[data-event-id="${CSS.escape(mark.dataset.eventId ?? '')}"]`;
    return new Promise((done) =>
      setTimeout(() => {
        let paneMs = Number.NaN;
        const observer = new MutationObserver(() => {
          if (pane.hidden || !pane.querySelector(shown)) return;
          paneMs = performance.now() - started;
          observer.disconnect();
        });
        observer.observe(pane, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
        const started = performance.now();
        mark.click();
        map.triggerRepaint();
        // The first idle once the map has stopped: a flight first moves, then settles.
        const settle = () =>
          map.isMoving()
            ? map.once('idle', settle)
            : setTimeout(() => {
                observer.disconnect();
                done({ paneMs, idleMs: performance.now() - started });
              });
        map.once('idle', settle);
      }),
    );
  }, index);
}

/**
 * Presses the timeline's Play for `ms` of page time, then Pause, and counts the frames meanwhile: the
 * page's (requestAnimationFrame callbacks) and the map's (its `render` events), per second.
 *
 * @param {Page} page - the app, ready
 * @param {number} ms
 * @returns {Promise<{ pageFps: number, mapFps: number, steps: number }>}
 */
export function framesWhilePlaying(page, ms) {
  return page.evaluate((span) => {
    const play = document.querySelector('.timeline-play-button');
    const map = window.chinaMaliMap;
    if (!(play instanceof HTMLElement) || !map) throw new Error('no Play button or no map');
    return new Promise((done) => {
      let pageFrames = 0;
      let mapFrames = 0;
      let steps = 0;
      const onRender = () => (mapFrames += 1);
      const onStep = () => (steps += 1);
      const status = document.querySelector('.timeline [role="status"]');
      const observer = new MutationObserver(onStep);
      if (status) observer.observe(status, { childList: true, characterData: true, subtree: true });
      map.on('render', onRender);
      const started = performance.now();
      const count = () => {
        pageFrames += 1;
        if (performance.now() - started < span) return requestAnimationFrame(count);
        play.click();
        map.off('render', onRender);
        observer.disconnect();
        const seconds = (performance.now() - started) / 1000;
        done({ pageFps: pageFrames / seconds, mapFps: mapFrames / seconds, steps });
      };
      play.click();
      requestAnimationFrame(count);
    });
  }, ms);
}
