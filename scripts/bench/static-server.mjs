// @ts-check
/**
 * A plain static file server for the benchmark: several folders, each under its own path prefix, on a
 * free port of 127.0.0.1. No compression and no caching (each page opens in a fresh browser context
 * anyway), so timings see the same bytes for every page; compressed sizes are computed separately.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

/** Content-Type by file extension, as a correctly configured static host sends it. */
const CONTENT_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
});

/**
 * Serves each folder of `roots` under its prefix, e.g. `{ app: 'dist' }` at `/app/`.
 *
 * @param {Record<string, string>} roots - folder by prefix (letters, digits and hyphens)
 * @returns {Promise<{ origin: string, urlOf: (prefix: string) => string, close: () => Promise<void> }>}
 * @example
 * const server = await serveFolders({ app: 'dist' });
 * server.urlOf('app'); // 'http://127.0.0.1:41234/app/'
 */
export async function serveFolders(roots) {
  const folders = new Map(Object.entries(roots).map(([prefix, folder]) => [prefix, resolve(folder)]));
  const server = createServer(async (request, response) => {
    response.setHeader('Cache-Control', 'no-store');
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const [, prefix = '', ...rest] = path.split('/');
    const folder = folders.get(prefix);
    const file = folder && resolve(folder, rest.join('/') || 'index.html');
    if (!folder || !file || (file !== folder && !file.startsWith(folder + sep))) return response.writeHead(404).end();
    try {
      const info = await stat(file);
      if (!info.isFile()) return response.writeHead(404).end();
      const type = CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extname(file))];
      response.writeHead(200, { 'Content-Type': type ?? 'application/octet-stream', 'Content-Length': info.size });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the static server has no TCP port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    urlOf: (prefix) => `${origin}/${prefix}/`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done(undefined));
      }),
  };
}
