// @ts-check
/**
 * Main-thread cost and heap from the DevTools protocol (`Performance.getMetrics`), the counters
 * DevTools' performance monitor shows.
 */

/** @typedef {{ wallMs: number, taskMs: number, scriptMs: number }} ActionCost */

/**
 * Attaches to `page` and returns two meters.
 *
 * `cost(act)` runs `act` (which returns its own wall time, measured in the page) and reads how much
 * TaskDuration (every main-thread task: script, style, layout, paint…) and ScriptDuration (JavaScript
 * alone) grew meanwhile, in ms. `heapMB()` collects garbage first, then reads JSHeapUsedSize in MB
 * (10^6 bytes).
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ cost: (act: () => Promise<number>) => Promise<ActionCost>, heapMB: () => Promise<number> }>}
 * @example
 * const meter = await mainThreadMeter(page);
 * const { taskMs } = await meter.cost(() => setFromYear(page, 2000));
 */
export async function mainThreadMeter(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return new Map(list.map(({ name, value }) => [name, value]));
  };
  return {
    cost: async (act) => {
      const before = await metrics();
      const wallMs = await act();
      const after = await metrics();
      const grew = (/** @type {string} */ name) =>
        ((after.get(name) ?? Number.NaN) - (before.get(name) ?? Number.NaN)) * 1000;
      return { wallMs, taskMs: grew('TaskDuration'), scriptMs: grew('ScriptDuration') };
    },
    heapMB: async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await metrics()).get('JSHeapUsedSize') ?? Number.NaN) / 1e6;
    },
  };
}
