/**
 * The app in a browser context where service workers run, for the offline tests. The driver's
 * AppPage blocks service workers (Playwright's routes cannot see what a worker answers), so this
 * opens its own contexts, in the Chromium the driver launched, and records what AppPage records:
 * requests to other hosts (blocked), console errors and page errors.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DESKTOP, launchBrowser, MAP_READY_SELECTOR, type TestBrowser, type Viewport } from './driver.ts';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** One page of the app whose service worker may install, control it and answer for the network. */
export interface ServiceWorkerPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** URLs of requests to hosts other than this machine, which were aborted. */
  readonly blockedRequests: string[];
  /** Text of console messages of type `error`, from the page and its service worker. */
  readonly consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  readonly pageErrors: string[];
  /** Requests of the page that failed (offline, nothing answered them), as `ERROR URL`. */
  readonly failedRequests: string[];
  /** Waits until the map has rendered once (`#map` aria-busy="false"). */
  waitForReady(timeoutMs?: number): Promise<void>;
  /** Waits until a service worker is active and controls the page; returns its scope. */
  waitForServiceWorker(timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

/**
 * Call at the top of a test file: starts Chromium through the driver before the tests and closes
 * it after; returns what opens pages with service workers allowed.
 */
export function useServiceWorkerBrowser(): { open(url: string, viewport?: Viewport): Promise<ServiceWorkerPage> } {
  let testBrowser: TestBrowser | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    // Every page is opened at an absolute address, from a server of the test's own.
    testBrowser = await launchBrowser({ baseUrl: 'http://127.0.0.1/' });
    // The driver keeps its Browser to itself; a page it opens leads to it.
    const blank = await testBrowser.openApp({ path: 'about:blank' });
    browser = blank.page.context().browser() ?? undefined;
    await blank.close();
  });
  afterAll(async () => {
    await testBrowser?.close();
  });
  return {
    open: async (url, viewport = DESKTOP) => {
      if (!browser) throw new Error('the browser did not start');
      return openWithServiceWorkers(browser, url, viewport);
    },
  };
}

async function openWithServiceWorkers(browser: Browser, url: string, viewport: Viewport): Promise<ServiceWorkerPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: 'allow' });
  const blockedRequests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if (protocol === 'data:' || protocol === 'blob:' || LOCAL_HOSTS.has(hostname)) {
      await route.continue();
    } else {
      blockedRequests.push(route.request().url());
      await route.abort('blockedbyclient');
    }
  });
  context.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  context.on('requestfailed', (request) => {
    if (!blockedRequests.includes(request.url()))
      failedRequests.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`);
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('crash', () => pageErrors.push('the page crashed'));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return {
    page,
    context,
    blockedRequests,
    consoleErrors,
    pageErrors,
    failedRequests,
    waitForReady: async (timeoutMs = 30_000) => {
      await page.locator(MAP_READY_SELECTOR).waitFor({ state: 'attached', timeout: timeoutMs });
    },
    waitForServiceWorker: async (timeoutMs = 30_000) => {
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: timeoutMs,
      });
      return page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    },
    close: () => context.close(),
  };
}

/**
 * Builds the app into `outDir` with `__APP_VERSION__` set to `version`, as a second release of it.
 * A child process, as in global-setup.ts: vitest sets NODE_ENV=test, which makes Vite build for tests.
 *
 * @param root - the app's folder (with vite.config.ts)
 * @param outDir - an empty or throw-away folder outside the repository
 * @param version - what the build reports as its version (the citation shows it)
 */
export async function buildRelease(root: string, outDir: string, version: string): Promise<void> {
  // Evaluated in `root`, so `vite` is the app's own.
  const script = `
    const { build } = await import('vite');
    await build({
      root: ${JSON.stringify(root)},
      logLevel: 'warn',
      build: { outDir: ${JSON.stringify(outDir)}, emptyOutDir: true },
      define: { __APP_VERSION__: ${JSON.stringify(JSON.stringify(version))} },
    });`;
  const env = { ...process.env };
  delete env.NODE_ENV;
  const output: string[] = [];
  const exitCode = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (exitCode !== 0)
    throw new Error(`vite build into ${outDir} failed (exit ${String(exitCode)}):\n${output.join('')}`);
}

/**
 * Replaces what a static host serves from `site` with the files of `build`, as a deploy does:
 * the same addresses, new contents.
 */
export async function deploy(build: string, site: string): Promise<void> {
  await mkdir(site, { recursive: true });
  for (const entry of await readdir(site)) await rm(join(site, entry), { recursive: true, force: true });
  await cp(build, site, { recursive: true });
}
