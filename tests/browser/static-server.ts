/**
 * A tiny static file server, like the plain hosts the built app is meant for (GitHub Pages, an nginx
 * folder, an S3 bucket): one folder served under a sub-path, a Content-Type from the file extension,
 * 404 for anything else, no index.html fallback, and any extra headers (such as a CSP) on every answer.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** Content-Type by file extension; anything else is sent as application/octet-stream. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticServerOptions {
  /** The folder to serve, e.g. the built dist/. */
  root: string;
  /** The sub-path it is served under, with slashes at both ends; default `/`. */
  basePath?: string;
  /** Headers added to every response, e.g. `{ 'Content-Security-Policy': '…' }`. */
  headers?: Readonly<Record<string, string>>;
  /**
   * A file name under the base path that takes POSTed reports (a CSP `report-uri`), answers 204 and
   * keeps their bodies in {@link StaticServer.reports}; e.g. `csp-report`.
   */
  reportPath?: string;
}

export interface StaticServer {
  /** The app's address: `http://127.0.0.1:PORT/BASE/`. */
  url: string;
  /** Every request answered, as `STATUS PATH`, in order. */
  log: string[];
  /** Bodies POSTed to the report path, parsed as JSON where they are JSON. */
  reports: unknown[];
  close(): Promise<void>;
}

/**
 * Serves `root` under `basePath` on a free port of 127.0.0.1.
 *
 * @param options - folder, sub-path and extra headers
 * @returns the server's address, its request log, and a close function
 * @example
 * const server = await serveStatic({ root: 'dist', basePath: '/china-mali-map/' });
 * // server.url === 'http://127.0.0.1:41234/china-mali-map/'
 */
export async function serveStatic(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const basePath = options.basePath ?? '/';
  if (!basePath.startsWith('/') || !basePath.endsWith('/'))
    throw new Error(`basePath must start and end with "/": ${basePath}`);
  const log: string[] = [];
  const reports: unknown[] = [];
  const reportUrl = options.reportPath === undefined ? undefined : `${basePath}${options.reportPath}`;

  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<number> => {
    for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'no-store');
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'POST' && path === reportUrl) {
      reports.push(parseReport(await readBody(request)));
      response.writeHead(204).end();
      return 204;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method Not Allowed');
    // A host answers /app with a redirect to /app/, so that relative addresses resolve inside it.
    if (`${path}/` === basePath) {
      response.setHeader('Location', basePath);
      return send(response, 301, 'Moved Permanently');
    }
    const file = fileFor(root, basePath, path);
    if (file === undefined) return send(response, 404, 'Not Found');
    const found = await stat(file).catch(() => undefined);
    const target = found?.isDirectory() ? join(file, 'index.html') : file;
    const info = target === file ? found : await stat(target).catch(() => undefined);
    if (!info?.isFile()) return send(response, 404, 'Not Found');
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(target).pipe(response);
    return 200;
  };

  const server = createServer((request, response) => {
    answer(request, response).then(
      (status) => log.push(`${status} ${request.url ?? ''}`),
      (error: unknown) => {
        log.push(`500 ${request.url ?? ''}`);
        if (!response.headersSent) send(response, 500, String(error));
        else response.destroy();
      },
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    log,
    reports,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

/** The file a URL path names inside `root`, or undefined when it is outside the base path or the folder. */
function fileFor(root: string, basePath: string, path: string): string | undefined {
  if (!path.startsWith(basePath)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(path.slice(basePath.length));
  } catch {
    return undefined;
  }
  if (relative.includes('\0')) return undefined;
  const file = resolve(root, relative);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseReport(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

function send(response: ServerResponse, status: number, text: string): number {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
  return status;
}
