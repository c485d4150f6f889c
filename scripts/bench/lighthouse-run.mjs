// @ts-check
/** One Lighthouse run in a fresh headless Chromium, reduced to the figures `npm run lighthouse` prints. */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { screenEmulationMetrics } from 'lighthouse/core/config/constants.js';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_FLAGS } from './chromium.mjs';

/** Lighthouse's two presets: its default (a mid-range phone on slow 4G) and its desktop config. */
export const PRESETS = Object.freeze({
  mobile: { config: undefined, viewport: screenEmulationMetrics.mobile },
  desktop: { config: desktopConfig, viewport: screenEmulationMetrics.desktop },
});

/** @typedef {keyof typeof PRESETS} Preset */

/**
 * @typedef {object} LighthouseFigures
 * @property {number} performance - category score, 0–100
 * @property {number} accessibility
 * @property {number} bestPractices
 * @property {number} tbtMs - Total Blocking Time
 * @property {number} lcpMs - Largest Contentful Paint
 * @property {number} consoleErrors - entries of the errors-in-console audit
 * @property {string[]} errorTexts - each console error, with the address it names, if any
 * @property {string[]} failedAudits - `category: audit-id` of each weighted accessibility or
 *   best-practices audit that did not pass
 */

/**
 * Runs Lighthouse on `url` with a preset, in a Chromium of its own (software WebGL, every non-local
 * host unresolvable) that is closed afterwards.
 *
 * @param {string} url
 * @param {Preset} preset
 * @param {string} chromePath
 * @returns {Promise<LighthouseFigures>}
 */
export async function runLighthouse(url, preset, chromePath) {
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      PRESETS[preset].config,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const score = (/** @type {string} */ id) => Math.round((categories[id]?.score ?? Number.NaN) * 100);
    const details =
      /** @type {{ items?: { description?: string, sourceLocation?: { url?: string } }[] } | undefined} */ (
        audits['errors-in-console']?.details
      );
    const items = details?.items ?? [];
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      consoleErrors: items.length,
      errorTexts: items.map((item) => {
        const url = item.sourceLocation?.url;
        return `${item.description ?? ''}${url ? ` (${url})` : ''}`;
      }),
      failedAudits: ['accessibility', 'best-practices'].flatMap((category) =>
        (categories[category]?.auditRefs ?? [])
          .filter(({ id, weight }) => weight > 0 && (audits[id]?.score ?? 1) < 1)
          .map(({ id }) => `${category}: ${id}`),
      ),
    };
  } finally {
    chrome.kill();
  }
}
