/**
 * When the offline basemap's tiles fail (not on the server, cut short), the page says so over the
 * map with a Retry button; the places still show, the reader's focus stays where it was, and Retry
 * draws the basemap once the tiles can be had.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Route } from 'playwright-core';
import { useAppSession } from './app-session.ts';
import { DESKTOP, type AppPage } from './driver.ts';

const TILES = '**/assets/basemap-*/**/*.pbf';

const { openApp } = useAppSession();

/** How many basemap countries the map holds, and how many features of the data it draws. */
async function drawn(app: AppPage): Promise<{ countries: number; places: number }> {
  return app.evaluateOnMap(
    (map) => ({
      countries: map.querySourceFeatures('basemap', { sourceLayer: 'countries' }).length,
      places: map.queryRenderedFeatures().filter((feature) => feature.source !== 'basemap').length,
    }),
    undefined,
  );
}

/** Opens the app with every basemap tile answered by `answer`, until the test lifts it. */
async function openFailing(answer: (route: Route) => Promise<void>): Promise<AppPage> {
  const app = await openApp({ viewport: DESKTOP, before: (page) => page.page.route(TILES, answer) });
  await app.waitForReady();
  return app;
}

const alert = (app: AppPage) => app.page.getByRole('alert').filter({ hasText: /basemap/ });

describe('basemap tiles not on the server', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openFailing((route) => route.fulfill({ status: 404, body: '' }));
  });
  afterAll(async () => {
    await app.close();
  });

  test('the page says part of the basemap is missing, with a Retry button', async () => {
    await expect
      .poll(() => alert(app).textContent())
      .toContain('Part of the basemap is not on the server: the site is incomplete.');
    await expect(alert(app).getByRole('button', { name: 'Retry' }).isVisible()).resolves.toBe(true);
    await expect(alert(app).count()).resolves.toBe(1);
  });

  test('the places are still drawn, on no basemap, and the focus was not taken', async () => {
    const { countries, places } = await drawn(app);
    expect(countries).toBe(0);
    expect(places).toBeGreaterThan(0);
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).not.toBe('Retry');
  });

  test('once the tiles are there, Retry removes the notice and draws the basemap', async () => {
    await app.page.unroute(TILES);
    await alert(app).getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => alert(app).count()).toBe(0);
    await expect.poll(async () => (await drawn(app)).countries, { timeout: 15_000 }).toBeGreaterThan(0);
    await app.screenshot('basemap-failure-after-retry');
    await expect(alert(app).count()).resolves.toBe(0);
  });
});

test('a tile cut short is reported as damaged', async () => {
  const app = await openFailing(async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    // Half of a tile with something in it; an empty tile stays empty.
    await route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) });
  });
  await expect
    .poll(() => alert(app).textContent(), { timeout: 15_000 })
    .toContain('Part of the basemap is damaged and could not be drawn.');
  await app.screenshot('basemap-failure-damaged');
  await app.close();
});
