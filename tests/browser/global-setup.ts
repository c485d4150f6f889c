/**
 * Global setup of the `browser` test project: builds the app once, serves
 * dist/ with `vite preview` on a free localhost port, and provides its URL to
 * the tests as `inject('baseUrl')`.
 *
 * Environment:
 * - `SKIP_BUILD=1` reuses an existing dist/ instead of building.
 * - `APP_ROOT=/path` builds and serves another checkout of the app.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildApp, REPO_ROOT } from './build-app.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** URL of the served production build, ending in `/`. */
    baseUrl: string;
  }
}

/**
 * Builds (unless skipped) and serves the app; returns the teardown that stops the server.
 *
 * @param project - the vitest project, used to provide `baseUrl`
 * @returns a function that closes the preview server
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(process.env.APP_ROOT ?? REPO_ROOT);
  const hasDist = existsSync(join(root, 'dist', 'index.html'));
  if (process.env.SKIP_BUILD === '1' && hasDist) {
    console.log(`[browser tests] SKIP_BUILD=1: using the existing ${join(root, 'dist')}`);
  } else {
    const started = Date.now();
    await buildApp(join(root, 'geodata'), join(root, 'dist'), { appRoot: root });
    console.log(`[browser tests] built ${root} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  const server = await preview({
    root,
    // No index.html fallback: a missing file must answer 404, not the page.
    appType: 'mpa',
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error('vite preview did not report a TCP port');
  }
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);

  return async () => {
    await server.close();
  };
}
