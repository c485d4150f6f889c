/** One Chromium for a test file, started before its tests and closed after, and ready app pages. */
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser, type AppPage, type LaunchOptions, type OpenAppOptions, type TestBrowser } from './driver.ts';

export interface AppSession {
  /** Opens the app without waiting, e.g. to route requests before the map asks for them. */
  openApp(options?: OpenAppOptions): Promise<AppPage>;
  /** Opens the app and waits until the map (or its no-WebGL notice) is ready. */
  readyApp(options?: OpenAppOptions): Promise<AppPage>;
}

/** Call at the top of a test file (or describe block): registers the hooks and returns the session. */
export function useAppSession(options: Omit<LaunchOptions, 'baseUrl'> = {}): AppSession {
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser({ baseUrl: inject('baseUrl'), ...options });
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
