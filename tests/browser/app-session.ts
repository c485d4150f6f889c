/**
 * The one way a browser test gets a browser: one Chromium for a test file (or describe block),
 * started before its tests and closed after, opening the app in a fresh context each time.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser, type AppPage, type LaunchOptions, type OpenAppOptions, type TestBrowser } from './driver.ts';

export interface AppSessionOptions extends Omit<LaunchOptions, 'baseUrl'> {
  /**
   * Where the app is served; default the build the browser project's global setup serves. A
   * function is read when the browser starts, after the file's earlier `beforeAll` hooks (which
   * may build and serve another copy of the app).
   */
  baseUrl?: string | (() => string);
}

export interface AppSession {
  /**
   * Opens the app without waiting for the map: to read it while it loads, or when it may never be
   * ready. `path` may also be an absolute address, for an app served elsewhere.
   */
  openApp(options?: OpenAppOptions): Promise<AppPage>;
  /** Opens the app and waits until the map (or its no-WebGL notice) is ready. */
  readyApp(options?: OpenAppOptions): Promise<AppPage>;
}

/**
 * Call at the top of a test file (or describe block): registers the hooks and returns the session.
 * @example
 * const { readyApp } = useAppSession();
 * test('…', async () => { const app = await readyApp({ viewport: PHONE }); … });
 */
export function useAppSession(options: AppSessionOptions = {}): AppSession {
  const { baseUrl, ...launchOptions } = options;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    const url = typeof baseUrl === 'function' ? baseUrl() : (baseUrl ?? inject('baseUrl'));
    browser = await launchBrowser({ ...launchOptions, baseUrl: url });
  });
  afterAll(async () => {
    await browser?.close();
  });
  const openApp = async (openOptions: OpenAppOptions = {}) => {
    if (!browser) throw new Error('the browser did not start');
    return browser.openApp(openOptions);
  };
  return {
    openApp,
    async readyApp(openOptions = {}) {
      const app = await openApp(openOptions);
      await app.waitForReady();
      return app;
    },
  };
}
