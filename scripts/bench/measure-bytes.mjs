// @ts-check
/**
 * Bytes of a first load: every response a page gets until it is ready (and the network has been quiet
 * for a moment), its raw size, and its size compressed as a static host would precompress it (gzip
 * level 9, brotli quality 11).
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { openBenchPage, waitForReady } from './chromium.mjs';

const QUIET_MS = 1500;

/**
 * A file's size raw, gzip (level 9) and brotli (quality 11). Fonts in woff2 or woff are compressed
 * already and sent as they are: their three sizes are the raw size.
 *
 * @param {Buffer} body
 * @param {string} [name] - the file's name or address, to recognise fonts
 * @returns {{ raw: number, gzip: number, brotli: number }}
 */
export function compressedSizes(body, name = '') {
  if (/\.woff2?$/.test(name.split(/[?#]/)[0] ?? ''))
    return { raw: body.length, gzip: body.length, brotli: body.length };
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length,
  };
}

/**
 * Loads `url` once in a fresh context and records what it downloads, the worker's requests included.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<import('./request-kinds.mjs').FileBytes[]>} one entry per distinct address, in order
 */
export async function recordFirstLoad(browser, url) {
  /** @type {Promise<import('./request-kinds.mjs').FileBytes | undefined>[]} */
  const pending = [];
  let last = Date.now();
  const { page, close } = await openBenchPage(browser, url, {
    beforeNavigate: (page) => {
      page.context().on('response', (response) => {
        last = Date.now();
        pending.push(
          response.body().then(
            (body) => ({ url: response.url(), ...compressedSizes(body, response.url()) }),
            () => undefined,
          ),
        );
      });
    },
  });
  try {
    await waitForReady(page);
    while (Date.now() - last < QUIET_MS) await page.waitForTimeout(250);
    const files = (await Promise.all(pending)).filter((file) => file !== undefined);
    const seen = new Set();
    return files.filter((file) => !seen.has(file.url) && seen.add(file.url));
  } finally {
    await close();
  }
}

/**
 * Files of the build that a first load did not request: lazily loaded chunks, fonts for scripts the
 * first view does not show, fallback formats.
 *
 * @param {string} distDir
 * @param {readonly { url: string }[]} loaded - from {@link recordFirstLoad}
 * @returns {string[]} paths under assets/
 */
export function notRequested(distDir, loaded) {
  const names = new Set(loaded.map((file) => basename(new URL(file.url).pathname)));
  // Files only: the basemap's tiles are a folder, of which a first load takes the few it shows.
  return readdirSync(join(distDir, 'assets'), { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .filter((name) => !names.has(name) && name !== 'maplibre-gl-worker.mjs')
    .map((name) => `assets/${name}`);
}
