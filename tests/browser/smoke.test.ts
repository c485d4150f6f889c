import { beforeAll, describe, expect, test } from 'vitest';
import { useAppSession } from './app-session.ts';
import { DESKTOP, PHONE, type AppPage } from './driver.ts';

// Opened without waiting: the first test waits, and measures how long the map took.
const { openApp } = useAppSession();

describe('a visitor on a desktop opens the map', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp({ viewport: DESKTOP });
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
    await app.screenshot('smoke-desktop');
  });

  test('the page asks nothing of the internet', () => {
    expect(app.blockedRequests).toEqual([]);
  });

  test('every file the page asks for loads, and nothing throws', () => {
    expect(app.failedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('a visitor on a phone opens the map', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp({ viewport: PHONE });
  });

  test('the map finishes loading and shows the basemap', async () => {
    await app.waitForReady();
    const colours = await app.canvasColours();
    expect(colours.distinct).toBeGreaterThan(10);
    expect(colours.dominantShare).toBeLessThan(0.98);
    await app.screenshot('smoke-phone');
  });

  test('nothing is blocked, missing or thrown', () => {
    expect(app.blockedRequests).toEqual([]);
    expect(app.failedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
