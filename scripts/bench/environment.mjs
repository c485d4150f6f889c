// @ts-check
/** What the numbers were measured on, printed at the top of the report. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { CHROMIUM_FLAGS } from './chromium.mjs';

const require = createRequire(import.meta.url);

/** @param {string} name @returns {string} the installed version of an npm package */
export function packageVersion(name) {
  const path = require.resolve(`${name}/package.json`);
  return /** @type {{ version: string }} */ (JSON.parse(readFileSync(path, 'utf8'))).version;
}

/**
 * The WebGL renderer Chromium reports, e.g. SwiftShader's.
 *
 * @param {import('playwright-core').Browser} browser
 * @returns {Promise<string>}
 */
export async function webglRenderer(browser) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'no WebGL 2';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

/**
 * Prints the browser, its flags, the renderer, the machine and the libraries' versions.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} executablePath
 */
export async function printEnvironment(browser, executablePath) {
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  console.log(`Chromium ${browser.version()} (${executablePath}), headless, driven by playwright-core`);
  console.log(`  flags: ${CHROMIUM_FLAGS.join(' ')}`);
  console.log(`  WebGL: ${await webglRenderer(browser)}`);
  console.log(
    `Machine: ${cpus().length} cores, load average ${load} (1, 5, 15 min) at the start; Node ${process.version}`,
  );
  console.log(
    `Libraries: maplibre-gl ${packageVersion('maplibre-gl')}, leaflet ${packageVersion('leaflet')}, ` +
      `leaflet.markercluster ${packageVersion('leaflet.markercluster')}`,
  );
  console.log(
    'WebGL here is software (SwiftShader) on a shared, noisy machine: absolute times are far from a real GPU\n' +
      "and a reader's device. Compare the ratios of runs taken side by side, and never a single run.",
  );
}
