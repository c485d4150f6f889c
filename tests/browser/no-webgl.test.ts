import { beforeAll, describe, expect, test } from 'vitest';
import { useAppSession } from './app-session.ts';
import { DESKTOP, type AppPage } from './driver.ts';
import { choosePlaceInList, placeList } from './panel-actions.ts';

describe('in a browser without WebGL', () => {
  // Chromium's own switches that take WebGL away from pages.
  const { readyApp } = useAppSession({ extraArgs: ['--disable-3d-apis', '--disable-webgl'] });
  let app: AppPage;

  beforeAll(async () => {
    app = await readyApp({ viewport: DESKTOP });
  });

  test('WebGL really is unavailable', async () => {
    expect(await app.page.evaluate(() => document.createElement('canvas').getContext('webgl2') === null)).toBe(true);
  });

  test('the page says plainly that the map cannot be drawn', async () => {
    await expect
      .poll(() => app.page.locator('.no-map-notice h2').textContent())
      .toBe('The map cannot be drawn in this browser');
    expect(await app.page.locator('.no-map-notice').textContent()).toContain('WebGL');
  });

  test('the places, events and sources are still listed and readable', async () => {
    const places = await placeList(app);
    expect(places.map((p) => p.id)).toEqual(
      expect.arrayContaining(['bamako', 'gao', 'kidal', 'falea', 'narena', 'goulamina']),
    );
    expect(await app.page.locator('.source-item').count()).toBeGreaterThanOrEqual(5);
    await choosePlaceInList(app, 'narena');
    const detail = app.page.locator('.place-detail');
    await detail.waitFor({ state: 'visible' });
    expect(await detail.locator('.popup-title').textContent()).toBe('Naréna');
    expect(await detail.locator('.event').count()).toBeGreaterThan(0);
    // Its events open in the reading pane, with their sources, as they do beside a map.
    await detail.locator('.popup-event').first().click();
    const pane = app.page.locator('#reading-pane');
    await pane.locator('.event-title').waitFor({ state: 'visible' });
    expect(await pane.locator('.citation a').first().getAttribute('href')).toMatch(/^https?:\/\//);
    await app.screenshot('no-webgl');
  });

  test('nothing throws and nothing leaves the machine', () => {
    expect(app.pageErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
  });
});
