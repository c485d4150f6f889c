import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  DEFAULT_FALLBACK,
  ONLINE_BASEMAP_LAYER_ID,
  ONLINE_BASEMAP_SOURCE_ID,
} from '../../src/map/online-basemap-sync.ts';
import type { BasemapId } from '../../src/state/app-state.ts';
import { dataset } from '../data/geodata-files.ts';
import { PHONE, type AppPage, type OpenAppOptions } from './driver.ts';
import { useAppSession } from './app-session.ts';
import { clickFeature, drawnPlaces, readPopup, setLayerVisible } from './map-actions.ts';
import { routeTiles, tileOrigin, type TileRoutes } from './tile-routes.ts';

/** The app's fallback timeout, as the reader experiences it. */
const FALLBACK_MS = DEFAULT_FALLBACK.timeoutMs;
/** How long the notice stays (README.md: "hides itself after 8 s"). */
const NOTICE_MS = 8000;
const LABELS: Record<BasemapId, string> = { offline: 'Offline', streets: 'Streets', satellite: 'Satellite' };

// Waits of several seconds (the fallback timeout, the notice's) are skipped with Playwright's fake
// clock (`fakeClock`, `app.skipTo`): the fake-timer unit tests prove the timings; these prove what the
// reader sees before and after them.
const { readyApp } = useAppSession();

/** Opens the app with the tile providers answered by tile-routes.ts, and waits for the map. */
async function openWithTiles(
  answers: Parameters<typeof routeTiles>[1] = {},
  options: OpenAppOptions = {},
): Promise<{ app: AppPage; tiles: TileRoutes }> {
  let tiles: TileRoutes | undefined;
  const app = await readyApp({ ...options, before: async (page) => (tiles = await routeTiles(page, answers)) });
  if (!tiles) throw new Error('the tile routes were not set up');
  return { app, tiles };
}

// --- Steps a reader takes, and what the page shows -------------------------------------------

/** Opens the basemap panel, if closed, as a keyboard user does: focus its summary, press Enter. */
async function openBasemapPanel(app: AppPage): Promise<void> {
  if (await app.page.locator('.basemap-control details').evaluate((details) => (details as HTMLDetailsElement).open))
    return;
  await app.page.locator('.basemap-control summary').focus();
  await app.page.keyboard.press('Enter');
}

/**
 * Picks a basemap in the control as a keyboard user does: open the panel, focus its radio, press Space.
 * @returns the page's clock just before the choice, for {@link AppPage.skipTo}
 */
async function chooseBasemap(app: AppPage, basemap: BasemapId): Promise<number> {
  await openBasemapPanel(app);
  const radio = app.page.getByRole('radio', { name: LABELS[basemap] });
  await radio.focus();
  const chosenAt = await app.clockNow();
  await app.page.keyboard.press('Space');
  return chosenAt;
}

/** The basemap whose radio is checked in the control. */
async function checkedBasemap(app: AppPage): Promise<string | undefined> {
  const values = await app.page
    .locator('.basemap-control input[type=radio]:checked')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  return values.length === 1 ? values[0] : `${values.length} checked`;
}

/** What the map has of the online basemap: its layer's place in the style, its source's tiles. */
async function onlineBasemapOnMap(app: AppPage) {
  return app.evaluateOnMap(
    (map, ids) => {
      const order = map.getLayersOrder();
      const source = map.getStyle().sources[ids.source];
      return {
        hasLayer: map.getLayer(ids.layer) !== undefined,
        hasSource: source !== undefined,
        tiles: source?.type === 'raster' ? (source.tiles ?? []) : [],
        layerIndex: order.indexOf(ids.layer),
        firstDataLayerIndex: order.indexOf('corridor-casing'),
        lastBasemapLayerIndex: Math.max(...order.map((id, i) => (id.startsWith('basemap-') ? i : -1))),
        bordersIndex: order.indexOf('basemap-country-borders'),
      };
    },
    { layer: ONLINE_BASEMAP_LAYER_ID, source: ONLINE_BASEMAP_SOURCE_ID },
  );
}

/** Waits until the map has drawn every tile it asked for. */
async function waitForTiles(app: AppPage): Promise<void> {
  await app.page.waitForFunction(() => window.chinaMaliMap?.loaded() === true, undefined, { timeout: 15_000 });
}

/**
 * Waits for the notice to show a message.
 * @returns the page's clock once the message is seen
 */
async function waitForNotice(app: AppPage): Promise<number> {
  await app.page.waitForFunction(() => document.querySelector('.notice [role="status"]')?.textContent, undefined, {
    timeout: 10_000,
  });
  return app.clockNow();
}

const attributionText = (app: AppPage) => app.page.locator('.maplibregl-ctrl-attrib-inner').textContent();
const noticeText = async (app: AppPage) =>
  ((await app.page.locator('.notice [role="status"]').textContent()) ?? '').trim();
const addressHash = (app: AppPage) => app.page.evaluate(() => location.hash);

/** The map still answers a reader: a place opens its popup. */
async function expectPopupOpens(app: AppPage, placeId: string, title: string): Promise<void> {
  await clickFeature(app, placeId);
  expect((await readPopup(app))?.title).toBe(title);
  await app.page.keyboard.press('Escape');
}

/** After a fallback: Offline checked, no basemap in the address, nothing of the online one left. */
async function expectBackOffline(app: AppPage): Promise<void> {
  expect(await checkedBasemap(app)).toBe('offline');
  await expect.poll(() => addressHash(app)).not.toMatch(/basemap=/);
  const online = await onlineBasemapOnMap(app);
  expect(online.hasLayer).toBe(false);
  expect(online.hasSource).toBe(false);
}

const hostsOf = (urls: readonly string[]) => [...new Set(urls.map((url) => new URL(url).origin))];

// --- The tests -------------------------------------------------------------------------------

describe('by default', () => {
  let app: AppPage;
  let tiles: TileRoutes;
  beforeAll(async () => {
    ({ app, tiles } = await openWithTiles());
    await waitForTiles(app);
  });
  afterAll(async () => {
    await app.close();
  });

  test('the offline basemap is chosen and no request goes to a tile provider, or anywhere else', async () => {
    expect(await checkedBasemap(app)).toBe('offline');
    expect((await onlineBasemapOnMap(app)).hasSource).toBe(false);
    expect(tiles.requests).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
  });

  test('the control starts closed, its summary naming the basemap, clear of the places on the map', async () => {
    const summary = app.page.locator('.basemap-control summary');
    expect(await summary.textContent()).toBe('Basemap: Offline');
    expect(
      await app.page.locator('.basemap-control details').evaluate((details) => (details as HTMLDetailsElement).open),
    ).toBe(false);
    const box = await app.page.locator('.basemap-control').boundingBox();
    const places = await Promise.all(
      dataset.places.features.map((f) => app.screenPointOf(f.geometry.coordinates as [number, number])),
    );
    for (const place of places) {
      const inside =
        box !== null &&
        place.x >= box.x &&
        place.x <= box.x + box.width &&
        place.y >= box.y &&
        place.y <= box.y + box.height;
      expect(inside).toBe(false);
    }
    await app.screenshot('basemap-default');
  });

  test('the control is a radio group named "Basemap" with three labelled choices, in the Tab order', async () => {
    await openBasemapPanel(app);
    const group = app.page.getByRole('group', { name: 'Basemap' });
    const radios = group.getByRole('radio');
    expect(
      await radios.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).labels?.[0]?.textContent?.trim())),
    ).toEqual(['Offline', 'Streets', 'Satellite']);
    expect(
      await group.getByRole('radio', { name: 'Offline' }).evaluate((el) => (el as HTMLInputElement).tabIndex),
    ).toBe(0);
    // The online choices say that they go to the internet.
    const description = await group.getByRole('radio', { name: 'Streets' }).evaluate((el) => {
      const id = el.getAttribute('aria-describedby');
      return id ? document.getElementById(id)?.textContent : undefined;
    });
    expect(description).toMatch(/internet/);
  });
});

describe('choosing Streets with the keyboard', () => {
  let app: AppPage;
  let tiles: TileRoutes;
  let chosenAt: number;
  beforeAll(async () => {
    ({ app, tiles } = await openWithTiles({}, { fakeClock: true }));
    chosenAt = await chooseBasemap(app, 'streets');
    await waitForTiles(app);
  });
  afterAll(async () => {
    await app.close();
  });

  test('checks Streets, writes basemap=streets in the address, and loads OpenStreetMap tiles', async () => {
    expect(await checkedBasemap(app)).toBe('streets');
    await expect.poll(() => addressHash(app)).toMatch(/[#&]basemap=streets(&|$)/);
    const requested = tiles.requestsTo('streets');
    expect(requested.length).toBeGreaterThan(0);
    for (const url of requested) expect(url).toMatch(/^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/);
    expect(tiles.requestsTo('satellite')).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
  });

  test('draws the tiles above the offline basemap and below the data layers', async () => {
    const online = await onlineBasemapOnMap(app);
    expect(online.tiles).toEqual([`${tileOrigin('streets')}/{z}/{x}/{y}.png`]);
    expect(online.firstDataLayerIndex).toBeGreaterThan(0);
    expect(online.layerIndex).toBe(online.firstDataLayerIndex - 1);
    expect(online.layerIndex).toBeGreaterThan(online.lastBasemapLayerIndex);
    await app.screenshot('basemap-streets');
  });

  test('credits © OpenStreetMap contributors, linked to its copyright page', async () => {
    expect(await attributionText(app)).toContain('© OpenStreetMap contributors');
    const href = await app.page
      .locator('.maplibregl-ctrl-attrib-inner a', { hasText: 'OpenStreetMap contributors' })
      .getAttribute('href');
    expect(href).toBe('https://www.openstreetmap.org/copyright');
  });

  test('places still open their popups', async () => {
    await expectPopupOpens(app, 'gao', 'Gao');
  });

  test('the layer toggles still hide places', async () => {
    await setLayerVisible(app, 'places-incident-site', false);
    await expect.poll(() => drawnPlaces(app)).not.toContain('narena');
    await clickFeature(app, 'narena');
    expect((await readPopup(app, 800))?.title ?? '').not.toMatch(/Nar[ée]na/);
    await app.page.keyboard.press('Escape');
    await setLayerVisible(app, 'places-incident-site', true);
    await expect.poll(() => drawnPlaces(app)).toContain('narena');
  });

  test('stays on Streets past the fallback timeout, with no notice, once tiles have loaded', async () => {
    await app.skipTo(chosenAt, FALLBACK_MS + 1000);
    expect(await checkedBasemap(app)).toBe('streets');
    expect((await onlineBasemapOnMap(app)).hasLayer).toBe(true);
    expect(await noticeText(app)).toBe('');
  });

  test('choosing Offline again removes the tiles and the credit, and the address drops basemap=', async () => {
    await chooseBasemap(app, 'offline');
    const online = await onlineBasemapOnMap(app);
    expect(online.hasLayer).toBe(false);
    expect(online.hasSource).toBe(false);
    await expect.poll(() => addressHash(app)).not.toMatch(/basemap=/);
    expect(await attributionText(app)).not.toContain('OpenStreetMap');
  });
});

test('an address with &basemap=satellite opens on satellite imagery, after a reload', async () => {
  const { app, tiles } = await openWithTiles();
  await app.page.evaluate(() => history.replaceState(null, '', '#5/15/-4&basemap=satellite'));
  await app.page.reload({ waitUntil: 'domcontentloaded' });
  await app.waitForReady();
  await waitForTiles(app);

  expect(await checkedBasemap(app)).toBe('satellite');
  await expect.poll(() => addressHash(app)).toMatch(/[#&]basemap=satellite(&|$)/);
  const online = await onlineBasemapOnMap(app);
  expect(online.tiles).toEqual([`${tileOrigin('satellite')}/wmts/1.0.0/s2cloudless_3857/default/g/{z}/{y}/{x}.jpg`]);
  // Under the offline borders and names, over the rest of the offline basemap.
  expect(online.layerIndex).toBe(online.bordersIndex - 1);
  expect(online.layerIndex).toBeLessThan(online.firstDataLayerIndex);
  const requested = tiles.requestsTo('satellite');
  expect(requested.length).toBeGreaterThan(0);
  for (const url of requested)
    expect(url).toMatch(
      /^https:\/\/tiles\.maps\.eox\.at\/wmts\/1\.0\.0\/s2cloudless_3857\/default\/g\/\d+\/\d+\/\d+\.jpg$/,
    );
  expect(hostsOf(tiles.requests)).toEqual([tileOrigin('satellite')]);
  expect(await attributionText(app)).toMatch(
    /Sentinel-2 cloudless.*EOX IT Services GmbH.*Copernicus Sentinel data 2016/,
  );
  expect(await noticeText(app)).toBe('');
  await app.screenshot('basemap-satellite');
  await app.close();
});

describe('when the tiles fail (no network)', () => {
  let app: AppPage;
  let tiles: TileRoutes;
  let fellBackAfterMs: number;
  let noticeAt: number;
  beforeAll(async () => {
    ({ app, tiles } = await openWithTiles({ streets: 'fail' }, { fakeClock: true }));
    const chosenAt = await chooseBasemap(app, 'streets');
    // No skipping before the notice: its time is the real time the errors took.
    noticeAt = await waitForNotice(app);
    fellBackAfterMs = noticeAt - chosenAt;
  });
  afterAll(async () => {
    await app.close();
  });

  test('a notice says so at once: the failed tiles trip the error count before the timeout', async () => {
    expect(tiles.requestsTo('streets').length).toBeGreaterThan(0);
    expect(await noticeText(app)).toBe('Streets could not be loaded; showing the offline map.');
    expect(fellBackAfterMs).toBeLessThan(FALLBACK_MS / 2);
    await app.screenshot('basemap-fallback-fail');
  });

  test('the basemap is back to offline: control, address, map', async () => {
    await expectBackOffline(app);
    expect(await attributionText(app)).not.toContain('OpenStreetMap');
  });

  test('the map still works', async () => {
    await expectPopupOpens(app, 'bamako', 'Bamako');
  });

  test('the notice hides itself about 8 s after it appeared', async () => {
    // Away from the notice: the pointer on it would hold it open.
    await app.page.mouse.move(5, 5);
    await app.skipTo(noticeAt, NOTICE_MS - 1000);
    expect(await noticeText(app)).toBe('Streets could not be loaded; showing the offline map.');
    await app.skipTo(noticeAt, NOTICE_MS + 1000);
    expect(await noticeText(app)).toBe('');
    expect(await app.page.locator('.notice-dismiss').isVisible()).toBe(false);
  });

  test('choosing Streets again tries again, and falls back again', async () => {
    const before = tiles.requestsTo('streets').length;
    await chooseBasemap(app, 'streets');
    await waitForNotice(app);
    expect(tiles.requestsTo('streets').length).toBeGreaterThan(before);
    await expectBackOffline(app);
  });
});

describe('when the provider never answers', () => {
  let app: AppPage;
  let tiles: TileRoutes;
  let chosenAt: number;
  beforeAll(async () => {
    ({ app, tiles } = await openWithTiles({ satellite: 'hang' }, { fakeClock: true }));
    chosenAt = await chooseBasemap(app, 'satellite');
  });
  afterAll(async () => {
    await app.close();
  });

  test('nothing is said for the first seconds: Satellite stays chosen while its tiles are awaited', async () => {
    await app.skipTo(chosenAt, FALLBACK_MS - 1000);
    expect(tiles.requestsTo('satellite').length).toBeGreaterThan(0);
    expect(await noticeText(app)).toBe('');
    expect(await checkedBasemap(app)).toBe('satellite');
    expect((await onlineBasemapOnMap(app)).hasLayer).toBe(true);
  });

  test('a notice says so after the 8 s timeout', async () => {
    await app.skipTo(chosenAt, FALLBACK_MS + 1000);
    await waitForNotice(app);
    expect(await noticeText(app)).toBe('Satellite could not be loaded; showing the offline map.');
    await app.screenshot('basemap-fallback-timeout');
  });

  test('the basemap is back to offline: control, address, map', async () => {
    await expectBackOffline(app);
  });

  test('the map still works', async () => {
    await expectPopupOpens(app, 'kidal', 'Kidal');
  });

  test('the notice can be dismissed with the keyboard', async () => {
    const dismiss = app.page.getByRole('button', { name: 'Dismiss notice' });
    await dismiss.focus();
    await app.page.keyboard.press('Enter');
    expect(await noticeText(app)).toBe('');
    expect(await dismiss.isVisible()).toBe(false);
  });

  test('going back to Offline before the timeout leaves no notice behind', async () => {
    const satelliteAt = await chooseBasemap(app, 'satellite');
    expect((await onlineBasemapOnMap(app)).hasSource).toBe(true);
    await chooseBasemap(app, 'offline');
    await expectBackOffline(app);
    await app.skipTo(satelliteAt, FALLBACK_MS + 1000);
    expect(await noticeText(app)).toBe('');
    expect(await checkedBasemap(app)).toBe('offline');
  });
});

test('on a 360 px phone, the control and the notice fit the screen, clear of the panel', async () => {
  const { app } = await openWithTiles({ streets: 'fail' }, { viewport: PHONE });
  await chooseBasemap(app, 'streets');
  await waitForNotice(app);
  const notice = await app.page.locator('.notice').boundingBox();
  const control = await app.page.locator('.basemap-control').boundingBox();
  const sheet = await app.page.locator('#panel').boundingBox();
  for (const box of [notice, control]) {
    expect(box).not.toBeNull();
    if (!box) continue;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.y + box.height).toBeLessThanOrEqual(sheet?.y ?? PHONE.height);
  }
  await app.screenshot('basemap-phone-notice');
  await app.close();
});
