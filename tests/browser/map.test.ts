import { beforeAll, describe, expect, test } from 'vitest';
import { dataset } from '../data/geodata-files.ts';
import { DESKTOP, PHONE, type AppPage } from './driver.ts';
import { useAppSession } from './app-session.ts';
import {
  centreOn,
  clickFeature,
  clickTargetOf,
  currentView,
  drawnPlaces,
  popupIsOpen,
  readPopup,
  setLayerVisible,
} from './map-actions.ts';

const { readyApp } = useAppSession();

const FEATURES = [
  ...dataset.places.features.map((f) => ({ id: f.properties.id, name: f.properties.name })),
  ...dataset.corridor.features.map((f) => ({ id: f.properties.id, name: f.properties.name })),
];

describe('clicking each place and the corridor', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await readyApp();
  });

  test('there are nine features to click: Mali as a whole, seven places and the railway', () => {
    expect(FEATURES).toHaveLength(9);
  });

  test.each(FEATURES)(
    '$name opens a popup with its name and events; an event opens with its sources',
    async ({ id, name }) => {
      await app.page.keyboard.press('Escape');
      await clickFeature(app, id);
      const popup = await readPopup(app);
      expect(popup?.title).toBe(name);
      expect(popup?.events).toBeGreaterThan(0);
      await app.page.locator('.maplibregl-popup .popup-event').first().click();
      const pane = app.page.locator('#reading-pane');
      await pane.locator('.event-title').waitFor({ state: 'visible' });
      const links = await pane.locator('.citation a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect(href).toMatch(/^https?:\/\//);
      await app.screenshot(`popup-${id}`);
    },
  );

  test('Escape closes the popup', async () => {
    await clickFeature(app, 'gao');
    expect((await readPopup(app))?.title).toBe('Gao');
    await app.page.keyboard.press('Escape');
    expect(await popupIsOpen(app)).toBe(false);
  });

  test('the cursor turns to a pointer over a place, and not over empty land', async () => {
    const cursorAt = async (lngLat: [number, number]) => {
      const point = await app.screenPointOf(lngLat);
      await app.page.mouse.move(point.x, point.y);
      return app.page.locator('#map canvas').evaluate((canvas) => (canvas as HTMLElement).style.cursor);
    };
    const [lng = 0, lat = 0] = clickTargetOf('kidal');
    await centreOn(app, [lng, lat]);
    expect(await cursorAt([lng, lat])).toBe('pointer');
    // Open desert 1.5° west of Kidal: no feature there.
    expect(await cursorAt([lng - 1.5, lat])).toBe('');
  });

  test('nothing left the machine', () => {
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('layer toggles', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await readyApp();
  });

  test('unticking "Incident sites" hides Naréna and makes it unclickable; ticking brings it back', async () => {
    expect(await drawnPlaces(app)).toContain('narena');
    await setLayerVisible(app, 'places-incident-site', false);
    await expect.poll(() => drawnPlaces(app)).not.toContain('narena');
    expect(await drawnPlaces(app, 'places-halo')).not.toContain('narena');
    expect(await drawnPlaces(app, 'places-label')).not.toContain('narena');
    expect(await drawnPlaces(app)).toContain('gao');
    await clickFeature(app, 'narena');
    const hidden = await readPopup(app, 800);
    // A click there may reach a nearby place, but never the hidden one.
    expect(hidden?.title ?? '').not.toMatch(/Nar[ée]na/);
    await app.page.keyboard.press('Escape');
    await app.screenshot('layers-incident-sites-hidden');

    await setLayerVisible(app, 'places-incident-site', true);
    await expect.poll(() => drawnPlaces(app)).toContain('narena');
    await clickFeature(app, 'narena');
    expect((await readPopup(app))?.title).toMatch(/Nar[ée]na/);
    await app.page.keyboard.press('Escape');
  });

  test('unticking the corridor hides the line and its popup', async () => {
    await setLayerVisible(app, 'corridor', false);
    await clickFeature(app, 'bamako-dakar-railway');
    expect(await readPopup(app, 800)).toBeUndefined();
    await setLayerVisible(app, 'corridor', true);
  });

  test('the basemap rivers and towns can be hidden', async () => {
    await setLayerVisible(app, 'rivers', false);
    await setLayerVisible(app, 'towns', false);
    const hidden = await app.evaluateOnMap(
      (map) =>
        map
          .getStyle()
          .layers.filter((l) => l.layout?.visibility === 'none')
          .map((l) => l.id),
      undefined,
    );
    expect(hidden.some((id) => /river/.test(id))).toBe(true);
    expect(hidden.some((id) => /town|place/.test(id))).toBe(true);
    await app.screenshot('layers-basemap-hidden');
  });

  test('every toggle is a labelled checkbox reachable with Tab', async () => {
    const labels = await app.page
      .locator('.layer-toggle input[type=checkbox]')
      .evaluateAll((inputs) =>
        inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''),
      );
    expect(labels.length).toBeGreaterThanOrEqual(6);
    for (const label of labels) expect(label).not.toBe('');
    const tabbable = await app.page
      .locator('.layer-toggle input')
      .first()
      .evaluate((el) => (el as HTMLElement).tabIndex);
    expect(tabbable).toBe(0);
  });
});

describe('the basemap leaves the data its own names', () => {
  const TOWN_LAYERS = ['basemap-town-dots', 'basemap-town-labels', 'basemap-capital-labels'];
  const namesIn = (app: AppPage, layers: string[]) =>
    app.evaluateOnMap(
      (map, ids) => map.queryRenderedFeatures({ layers: ids }).map((f) => String(f.properties.name)),
      layers,
    );

  test('a town the data names is not named again by the basemap: places at every zoom, stations from theirs', async () => {
    const overview = await readyApp();
    const inTiles = await overview.evaluateOnMap(
      (map) => map.querySourceFeatures('basemap', { sourceLayer: 'places' }).map((f) => String(f.properties.name)),
      undefined,
    );
    expect(inTiles).toEqual(expect.arrayContaining(['Bamako', 'Gao', 'Kayes']));
    const drawn = await namesIn(overview, TOWN_LAYERS);
    expect(drawn).not.toContain('Bamako');
    expect(drawn).not.toContain('Gao');
    // Below the stations' zoom, the stations are not drawn, so the basemap names Kayes itself.
    expect(drawn).toContain('Kayes');
    await overview.close();

    const atKayes = await readyApp({ hash: '7/14.45/-11.44' });
    expect(await namesIn(atKayes, ['stations-label'])).toContain('Kayes');
    expect(await namesIn(atKayes, TOWN_LAYERS)).not.toContain('Kayes');
    await atKayes.close();
  });
});

describe('the view in the address', () => {
  test('an address with #zoom/lat/lng opens at that view, not at the default fit', async () => {
    const app = await readyApp({ hash: '8/16.27/-0.05' });
    const view = await currentView(app);
    expect(view.zoom).toBeCloseTo(8, 1);
    expect(view.lat).toBeCloseTo(16.27, 1);
    expect(view.lng).toBeCloseTo(-0.05, 1);
    await app.screenshot('hash-gao-zoom8');
    await app.close();
  });

  test('panning writes the view into the address, and reopening it restores it', async () => {
    const app = await readyApp();
    await app.evaluateOnMap((map) => map.jumpTo({ center: [-8, 12.65], zoom: 7 }), undefined);
    await app.page.waitForFunction(() => location.hash.startsWith('#7/12.65/-8'));
    const hash = await app.page.evaluate(() => location.hash.slice(1));
    await app.close();
    const reopened = await readyApp({ hash });
    const view = await currentView(reopened);
    expect(view.zoom).toBeCloseTo(7, 1);
    expect(view.lat).toBeCloseTo(12.65, 1);
    await reopened.close();
  });

  test('without a view in the address, the first view holds every place and the corridor', async () => {
    const app = await readyApp({ viewport: DESKTOP });
    const inside = await app.evaluateOnMap(
      (map, points) => points.every((p) => map.getBounds().contains(p as [number, number])),
      [
        ...dataset.places.features.map((f) => f.geometry.coordinates),
        ...dataset.stations.features.map((f) => f.geometry.coordinates),
      ],
    );
    expect(inside).toBe(true);
    // The first view a desktop reader gets, as README.md shows it (tests/reference/map.png).
    await app.screenshot('desktop-default');
    await app.close();
  });
});

describe('on a 360 px phone', () => {
  test('a long popup stays inside the screen and scrolls', async () => {
    const app = await readyApp({ viewport: PHONE });
    await clickFeature(app, 'mali');
    const popup = await readPopup(app);
    expect(popup?.title).toBe('Mali as a whole');
    const box = await app.page.locator('.maplibregl-popup').boundingBox();
    expect(box).not.toBeNull();
    if (box) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    }
    const scrolls = await app.page
      .locator('.maplibregl-popup-content')
      .evaluate((el) => el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY === 'auto');
    expect(scrolls).toBe(true);
    await app.screenshot('phone-popup-mali');
    await app.close();
  });
});
