import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DESKTOP, PHONE, launchBrowser, type AppPage, type TestBrowser } from './driver.ts';

let browser: TestBrowser | undefined;

beforeAll(async () => {
  browser = await launchBrowser({ baseUrl: inject('baseUrl') });
});

afterAll(async () => {
  await browser?.close();
});

async function openApp(viewport = DESKTOP): Promise<AppPage> {
  if (browser === undefined) throw new Error('the browser did not start');
  return browser.openApp({ viewport });
}

describe('a visitor on a desktop opens the map', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp(DESKTOP);
  });

  test('the map finishes loading', async () => {
    await app.waitForReady();
    expect(await app.msToReady()).toBeGreaterThan(0);
  });

  test('the map region has a name a screen reader can announce', async () => {
    expect(await app.mapAccessibleName()).not.toBe('');
  });

  test('the map shows a drawn basemap, not an empty canvas', async () => {
    const colours = await app.canvasColours();
    expect(colours.pixels).toBeGreaterThan(0);
    expect(colours.distinct).toBeGreaterThan(10);
    expect(colours.dominantShare).toBeLessThan(0.98);
  });

  test('the page asks nothing of the internet', () => {
    expect(app.blockedRequests).toEqual([]);
  });

  test('every file the page asks for loads, and nothing throws', () => {
    expect(app.failedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  test('a desktop screenshot is saved', async () => {
    expect(await app.screenshot('smoke-desktop')).toMatch(/smoke-desktop\.png$/);
  });
});

describe('a visitor on a phone opens the map', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp(PHONE);
  });

  test('the map finishes loading and shows the basemap', async () => {
    await app.waitForReady();
    const colours = await app.canvasColours();
    expect(colours.distinct).toBeGreaterThan(10);
    expect(colours.dominantShare).toBeLessThan(0.98);
  });

  test('nothing is blocked, missing or thrown', () => {
    expect(app.blockedRequests).toEqual([]);
    expect(app.failedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  test('a phone screenshot is saved', async () => {
    expect(await app.screenshot('smoke-phone')).toMatch(/smoke-phone\.png$/);
  });
});
