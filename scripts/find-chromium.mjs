// Where the tests and the benchmark look for a Chromium to drive.
// Playwright's own browser download is not used: machines here only reach
// Debian's packages, so the browser is Debian's `chromium`.
import { accessSync, constants } from 'node:fs';

/** Paths tried in order after the CHROMIUM_PATH environment variable. */
export const CHROMIUM_CANDIDATES = Object.freeze([
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
]);

/**
 * Finds an executable Chromium.
 *
 * @param {NodeJS.ProcessEnv} [env] environment to read CHROMIUM_PATH from
 * @returns {string | undefined} the first executable path, or undefined if there is none
 * @example
 * const chromium = findChromium(); // '/usr/bin/chromium' on Debian
 */
export function findChromium(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  const candidates = fromEnv ? [fromEnv, ...CHROMIUM_CANDIDATES] : CHROMIUM_CANDIDATES;
  return candidates.find(isExecutable);
}

/**
 * @param {string} path
 * @returns {boolean}
 */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
