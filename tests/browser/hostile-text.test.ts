/**
 * Hostile text through the real app: the app is built on tests/fixtures/hostile-geodata/ (valid data
 * whose every text is markup, right-to-left, combining marks, emoji or a 5,000-character word), served
 * statically, and each feature's popup is opened in Chromium. Nothing may run, no element may come
 * from the data, every text must show as text, and the popups must stay on screen.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readGeodataTexts } from '../../scripts/validate-geodata-plugin.ts';
import { indexDataset } from '../../src/data/dataset-index.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { stationsLayer } from '../../src/layers/stations-layer.ts';
import { useAppSession } from './app-session.ts';
import { buildApp } from './build-app.ts';
import { DESKTOP, PHONE, type AppPage } from './driver.ts';
import { centreOn, readPopup } from './map-actions.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/hostile-geodata');

/** The hostile strings the fixture is made of; each must reach the page as plain text. */
const HOSTILE = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
  svg: '"><svg onload="window.__pwned=1">',
  longWord: 'Tombouctou'.repeat(500),
  arabic: 'العلاقات الصينية المالية',
  hebrew: 'יחסי סין ומאלי',
  rightToLeftOverride: '\u202Etxet desrever',
  emoji: '🇲🇱🇨🇳 🚆⛏️💰 👩🏽‍🔬',
} as const;

const check = loadDataset(readGeodataTexts(FIXTURE));
const index = indexDataset(check.dataset);
const { places, stations, corridor } = check.dataset;
const line = corridor.features[0];

interface Target {
  id: string;
  name: string;
  /** Where to click: the point itself, or between the first two stations for the line. */
  at: Position;
  /** Texts the popup must show, word for word. */
  texts: string[];
  /** A zoom to click at, for layers drawn only from some zoom on. */
  zoom?: number;
}

/** What a feature's popup must say: its own texts and the titles of its events. */
function textsOf(id: string, own: string[]): string[] {
  return [...own, ...index.eventsOf(id).map((e) => e.title)];
}

/** What the reading pane must say of an event: title, summary, quotes, and its sources' names. */
function paneTextsOf(eventId: string): string[] {
  const event = check.dataset.events.find((e) => e.id === eventId);
  if (!event) return [];
  const sources = event.citations.map((c) => index.sourceById.get(c.source)).filter((s) => s !== undefined);
  return [
    event.title,
    event.summary,
    ...event.citations.map((c) => c.quote),
    ...sources.flatMap((s) => [s.title, s.publisher]),
  ];
}

const TARGETS: Target[] = [
  ...places.features.map((f) => ({
    id: f.properties.id,
    name: f.properties.name,
    at: f.geometry.coordinates,
    // A country-level record shows no other names or region: it is not a place on the ground.
    texts: textsOf(
      f.properties.id,
      f.properties.kind === 'country'
        ? [f.properties.name, f.properties.precisionNote]
        : [f.properties.name, ...f.properties.altNames, f.properties.region, f.properties.precisionNote],
    ),
  })),
  ...stations.features.slice(0, 2).map((f) => ({
    id: f.properties.id,
    name: f.properties.name,
    at: f.geometry.coordinates,
    texts: textsOf(f.properties.id, [f.properties.name, f.properties.precisionNote]),
    zoom: stationsLayer.minZoom + 1,
  })),
  ...(line
    ? [
        {
          id: line.properties.id,
          name: line.properties.name,
          at: midpoint(line.geometry.coordinates),
          texts: textsOf(line.properties.id, [
            line.properties.name,
            ...line.properties.altNames,
            line.properties.geometryNote,
          ]),
        },
      ]
    : []),
];

function midpoint(positions: Position[]): Position {
  const [a = [0, 0], b = a] = positions;
  return [((a[0] ?? 0) + (b[0] ?? 0)) / 2, ((a[1] ?? 0) + (b[1] ?? 0)) / 2];
}

let outDir: string | undefined;
let server: StaticServer | undefined;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'china-mali-hostile-'));
  await buildApp(FIXTURE, outDir);
  server = await serveStatic({ root: outDir, basePath: '/hostile/' });
}, 120_000);

// Registered after the build above, so the browser starts once the fixture app is served.
const { readyApp } = useAppSession({
  baseUrl: () => {
    if (!server) throw new Error('the fixture app is not served');
    return server.url;
  },
});

afterAll(async () => {
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** Pans the feature to the middle of the map and clicks it, as a user would. */
async function clickTarget(app: AppPage, target: Target): Promise<void> {
  await app.page.keyboard.press('Escape');
  const [lng = 0, lat = 0] = target.at;
  if (target.zoom === undefined) await centreOn(app, [lng, lat]);
  else
    await app.evaluateOnMap(
      async (map, view) => {
        const rendered = map.once('idle');
        map.jumpTo(view);
        await rendered;
      },
      { center: [lng, lat] as [number, number], zoom: target.zoom },
    );
  const point = await app.screenPointOf([lng, lat]);
  const size = app.page.viewportSize() ?? DESKTOP;
  if (point.x < 0 || point.x > size.width || point.y < 0 || point.y > size.height) {
    throw new Error(
      `${target.id} is at (${Math.round(point.x)}, ${Math.round(point.y)}), outside the window: something pushed the map off screen`,
    );
  }
  await app.clickAt(point);
}

/** What the open popup looks like: its visible text, elements no text can make, and its box. */
async function inspectPopup(app: AppPage) {
  return app.page.locator('.maplibregl-popup').evaluate((popup) => {
    const content = popup.querySelector('.maplibregl-popup-content');
    const box = popup.getBoundingClientRect();
    return {
      text: (popup as HTMLElement).innerText,
      markup: [...popup.querySelectorAll('img, script, svg, iframe, object, embed, style')].map((e) =>
        e.outerHTML.slice(0, 80),
      ),
      box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
      window: { width: window.innerWidth, height: window.innerHeight },
      overflowsSideways: content ? content.scrollWidth > content.clientWidth + 1 : true,
      links: [...popup.querySelectorAll('a')].map((a) => a.href),
    };
  });
}

/**
 * Elements under `selector` that markup in the data would make: img, script, frames, or any element with
 * an event-handler attribute (onerror, onload...) or an attribute holding the payload.
 */
async function elementsFromData(app: AppPage, selector: string): Promise<string[]> {
  return app.page.locator(selector).evaluateAll((roots) =>
    roots
      .flatMap((root) => [root, ...root.querySelectorAll('*')])
      .filter(
        (e) =>
          e.matches('img, script, iframe, object, embed') ||
          // Data may stand as text in a text attribute (a button's accessible name), never elsewhere.
          [...e.attributes].some(
            (a) =>
              a.name.toLowerCase().startsWith('on') ||
              (a.value.includes('__pwned') && !['aria-label', 'title'].includes(a.name)),
          ),
      )
      .map((e) => e.outerHTML.slice(0, 80)),
  );
}

async function pwned(app: AppPage): Promise<unknown> {
  return app.page.evaluate(() => (window as Window & { __pwned?: unknown }).__pwned);
}

describe('hostile text on a desktop', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await readyApp({ viewport: DESKTOP });
  });

  test('the fixture is valid and made of the hostile strings', () => {
    expect(check.ok ? [] : check.errors).toEqual([]);
    const all = TARGETS.flatMap((t) => t.texts).join('\n');
    for (const [name, text] of Object.entries(HOSTILE)) expect(all, name).toContain(text);
    expect(TARGETS.map((t) => t.id)).toEqual([
      'mali',
      'bamako',
      'gao',
      'kidal',
      'narena',
      'goulamina',
      'dakar-station',
      'kayes-station',
      'bamako-dakar-railway',
    ]);
  });

  test('the side panel shows the hostile names as text, and the page does not scroll sideways', async () => {
    const text = await app.page.locator('#panel').innerText();
    for (const place of places.features) expect(text).toContain(place.properties.name);
    expect(await elementsFromData(app, '#panel')).toEqual([]);
    const widths = await app.page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      window: window.innerWidth,
      panel: document.getElementById('panel')?.getBoundingClientRect().width ?? 0,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.window);
    // The panel keeps its width (22rem) whatever the names: a long one wraps instead of pushing the map away.
    expect(widths.panel).toBeLessThan(widths.window / 2);
  });

  test.each(TARGETS)('$id: the popup and the reading pane show every text as text, on screen', async (target) => {
    await clickTarget(app, target);
    expect((await readPopup(app))?.title).toBe(target.name);
    const popup = await inspectPopup(app);
    for (const text of target.texts) expect(popup.text, `popup of ${target.id}`).toContain(text);
    expect(popup.markup).toEqual([]);
    for (const href of popup.links) expect(href).toMatch(/^https:\/\/example\.org\//);
    expect(popup.box.left).toBeGreaterThanOrEqual(0);
    expect(popup.box.right).toBeLessThanOrEqual(popup.window.width);
    expect(popup.box.top).toBeGreaterThanOrEqual(0);
    expect(popup.box.bottom).toBeLessThanOrEqual(popup.window.height);
    expect(popup.overflowsSideways).toBe(false);
    expect(await pwned(app)).toBeUndefined();
    await app.screenshot(`hostile-${target.id}`);
    // Each of its events, opened from the popup: the pane shows its quotes and sources as text.
    for (const event of index.eventsOf(target.id)) {
      await app.page.locator(`.maplibregl-popup .popup-event[data-event-id="${event.id}"]`).click();
      const pane = app.page.locator('#reading-pane');
      await pane.locator(`.event-detail[data-event-id="${event.id}"]`).waitFor({ state: 'visible' });
      const text = await pane.innerText();
      for (const expected of paneTextsOf(event.id)) expect(text, `pane of ${event.id}`).toContain(expected);
      expect(await elementsFromData(app, '#reading-pane')).toEqual([]);
      for (const href of await pane.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
        expect(href).toMatch(/^https:\/\/example\.org\//);
    }
    expect(await pwned(app)).toBeUndefined();
  });

  test('the escaped address keeps its <script> as text in an https link', async () => {
    const hrefs = await app.page.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toContain('https://example.org/?q=%3Cscript%3E');
    for (const href of hrefs) expect(href).not.toMatch(/^javascript:/i);
  });

  test('nothing ran, nothing came from the data as an element, nothing failed', async () => {
    expect(await pwned(app)).toBeUndefined();
    expect(await elementsFromData(app, 'body')).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.failedRequests).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
  });
});

describe('hostile text on a phone', () => {
  test('the 5,000-character name wraps inside a 360 px screen', async () => {
    const app = await readyApp({ viewport: PHONE });
    const target = TARGETS.find((t) => t.name === HOSTILE.longWord);
    if (!target) throw new Error('the fixture has no place named with the long word');
    await clickTarget(app, target);
    expect((await readPopup(app))?.title).toBe(HOSTILE.longWord);
    const popup = await inspectPopup(app);
    expect(popup.box.left).toBeGreaterThanOrEqual(0);
    expect(popup.box.right).toBeLessThanOrEqual(PHONE.width);
    expect(popup.overflowsSideways).toBe(false);
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await app.screenshot('hostile-phone-long-word');
    expect(await pwned(app)).toBeUndefined();
    expect(app.pageErrors).toEqual([]);
  });
});
