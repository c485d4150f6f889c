/**
 * Printing (issue 12): what Ctrl+P gives on A4 — the title, the view's link and the date, the map as
 * an image (the WebGL canvas itself prints blank), the legend and filters in words, and the chosen
 * event's or place's sources with their quotes and addresses — with nothing interactive and nothing
 * cut off. Read under print media in the page, and in the PDF Chromium prints. Runs on geodata/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { useAppSession } from './app-session.ts';
import { PHONE, type AppPage } from './driver.ts';
import { readPdfImages, readPdfPages } from './pdf-reader.ts';

const { readyApp } = useAppSession();

interface GeodataEvent {
  id: string;
  title: string;
  places: string[];
  citations: { source: string; quote: string }[];
}
const readGeodata = <T>(file: string) =>
  JSON.parse(readFileSync(new URL(`../../geodata/${file}`, import.meta.url), 'utf8')) as T;
const EVENTS = readGeodata<GeodataEvent[]>('events.json');
const SOURCES = readGeodata<{ id: string; title: string; url: string | null; archiveUrl?: string }[]>('sources.json');

const EVENT_ID = 'gao-camp-attack-2016';
const EVENT = EVENTS.find((e) => e.id === EVENT_ID);
/** The event's citations with their source's title and the address the app links to. */
const CITED =
  EVENT?.citations.map((citation) => {
    const source = SOURCES.find((s) => s.id === citation.source);
    return { quote: citation.quote, title: source?.title ?? 'no title', address: source?.url ?? source?.archiveUrl };
  }) ?? [];
/** A4 in points. */
const A4 = { width: 595.28, height: 841.89 };

/** Sends `beforeprint` and lays the page out for print, as a browser does when the reader prints. */
async function startPrinting(app: AppPage): Promise<void> {
  await app.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await app.emulatePrint(true);
  await nextFrames(app);
}

async function stopPrinting(app: AppPage): Promise<void> {
  await app.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await app.emulatePrint(false);
  await nextFrames(app);
}

/**
 * Waits two frames: a media query's change event is sent in the rendering step of a frame, so on a
 * busy machine the print query's `change` could otherwise arrive after the next step of the test.
 */
function nextFrames(app: AppPage): Promise<void> {
  return app.page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/**
 * The printed layout as a reader would find it on paper: anything interactive still shown, anything
 * whose content is cut off by its own box (overflow) or pinned to the screen (fixed, sticky).
 */
async function printedFaults(app: AppPage) {
  return app.page.evaluate(() => {
    const name = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].join('.')}`;
    const shown = [...document.querySelectorAll('body *')].filter((e) =>
      e.checkVisibility({ visibilityProperty: true }),
    );
    const interactive = shown.filter((e) =>
      e.matches(
        'button, input, select, textarea, summary, [role="slider"], .maplibregl-ctrl, .maplibregl-popup, .language-switch, .skip-link, .timeline, .notice, .tour-box',
      ),
    );
    const clipped = shown.filter((e) => {
      const style = getComputedStyle(e);
      // Visually hidden texts (for screen readers) are clipped on purpose and print nothing.
      if (style.clipPath !== 'none' || (style.overflowX === 'visible' && style.overflowY === 'visible')) return false;
      return e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1;
    });
    const pinned = shown.filter((e) => ['fixed', 'sticky'].includes(getComputedStyle(e).position));
    return { interactive: interactive.map(name), clipped: clipped.map(name), pinned: pinned.map(name) };
  });
}

/** Colours in a sample of the printed map image's pixels: a drawn map has hundreds, a blank one one. */
async function printedMapColours(app: AppPage): Promise<{ colours: number; width: number; src: string }> {
  const src = (await app.page.locator('#map > img.print-map-image').getAttribute('src')) ?? '';
  const { colours, width } = await app.imageColours(src);
  return { colours, width, src: src.slice(0, 22) };
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('printing', () => {
  test('a chosen event prints with the link and date, the map, the legend, and every source quoted, nothing interactive, nothing cut off', async () => {
    expect(CITED.length).toBeGreaterThan(1);
    const app = await readyApp({ hash: `5/14/-4&place=gao&event=${EVENT_ID}` });
    await app.page.locator('#reading-pane:not([hidden]) .event-title').waitFor();
    const mapWidth = (await app.page.locator('#map').boundingBox())?.width ?? 0;
    const onScreen = await app.screenScale();
    await startPrinting(app);

    expect(await app.page.locator('.site-header h1').innerText()).toBe('China–Mali relations: a sourced map');
    expect(await app.page.locator('.print-date').innerText()).toMatch(/^Printed \d{1,2} [A-Z][a-z]+ \d{4} · version /);
    const link = await app.page.locator('.print-url').innerText();
    expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/#5/.*place=gao&event=${EVENT_ID}`));
    const image = await printedMapColours(app);
    expect(image.src).toBe('data:image/png;base64,');
    expect(image.width).toBe(Math.round(mapWidth * 2));
    expect(image.colours).toBeGreaterThan(50);
    // Paper has no scale control: the image carries the bar the screen shows, at twice the density.
    const src = (await app.page.locator('#map > img.print-map-image').getAttribute('src')) ?? '';
    expect(Math.abs((await app.longestBlackRun(src)) - 2 * onScreen.width)).toBeLessThanOrEqual(2);
    expect(await app.page.locator('.maplibregl-canvas').isVisible()).toBe(false);
    const legend = await app.page.locator('.print-legend').innerText();
    expect(legend).toContain('Showing 49 of 49 events');
    expect(legend).toContain('Filters: years 1960–');
    expect(legend).toContain('Mining sites');
    expect(legend).toContain('Made with Natural Earth');

    const pane = app.page.locator('#reading-pane');
    expect(await pane.isVisible()).toBe(true);
    const text = await pane.innerText();
    expect(text).toContain(EVENT?.title);
    expect(text).toContain('31 May 2016');
    for (const citation of CITED) {
      expect(squash(text)).toContain(squash(citation.quote));
      expect(text).toContain(citation.title);
    }
    // Each source's address is printed after its title, since paper cannot be clicked.
    const addresses = await pane
      .locator('.citation a[href]')
      .evaluateAll((links) => links.map((a) => getComputedStyle(a, '::after').content));
    expect(addresses).toEqual(CITED.map((c) => `" (${c.address})"`));
    // The panel (filters, lists, sharing) is left out when an event is printed.
    expect(await app.page.locator('#panel').isVisible()).toBe(false);

    expect(await printedFaults(app)).toEqual({ interactive: [], clipped: [], pinned: [] });
    await app.close();
  });

  test('after printing, the page and the map are as they were', async () => {
    const app = await readyApp({ hash: `5/14/-4&place=gao&event=${EVENT_ID}` });
    await app.page.locator('#reading-pane:not([hidden]) .event-title').waitFor();
    const before = await app.evaluateOnMap((map) => ({ center: map.getCenter().toArray(), zoom: map.getZoom() }), null);
    await startPrinting(app);
    expect(await app.page.locator('.print-only').count()).toBeGreaterThan(2);
    await stopPrinting(app);
    expect(await app.page.locator('.print-only').count()).toBe(0);
    // Drawn again at the screen's density (the snapshot drew it at twice that).
    await app.evaluateOnMap((map) => {
      map.triggerRepaint();
      return new Promise((drawn) => map.once('idle', () => drawn(null)));
    }, null);
    const after = await app.evaluateOnMap(
      (map) => ({ center: map.getCenter().toArray(), zoom: map.getZoom(), ratio: map.getPixelRatio() }),
      null,
    );
    expect(after).toEqual({ ...before, ratio: 1 });
    expect((await app.canvasColours()).distinct).toBeGreaterThan(50);
    expect(await app.page.locator('.panel-search').isVisible()).toBe(true);
    await app.close();
  });

  test('Chromium’s PDF is A4 and holds the title, the link, a drawn map, the event’s quotes and its sources’ addresses', async () => {
    const app = await readyApp({ hash: `5/14/-4&place=gao&event=${EVENT_ID}` });
    await app.page.locator('#reading-pane:not([hidden]) .event-title').waitFor();
    const pdf = await app.printToPdf();
    const pages = readPdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(A4.width, -1);
      expect(page.height).toBeCloseTo(A4.height, -1);
    }
    const text = squash(pages.map((page) => page.text).join(''));
    expect(text).toContain(squash('China–Mali relations: a sourced map'));
    expect(text).toContain(squash(`place=gao&event=${EVENT_ID}`));
    expect(text).toContain(squash(EVENT?.title ?? 'no title'));
    for (const citation of CITED) {
      expect(text).toContain(squash(citation.quote));
      expect(text).toContain(squash(citation.address ?? 'no address'));
    }
    // Nothing interactive reached the paper.
    expect(text).not.toContain('Copylink');
    expect(text).not.toContain(squash('Search places, actors and events'));
    // The map is an image with hundreds of colours, not the blank canvas WebGL prints.
    expect(readPdfImages(pdf).some((image) => image.colours > 50)).toBe(true);
    // Printing over, the additions are gone.
    expect(await app.page.locator('.print-only').count()).toBe(0);
    await app.close();
  });

  test('on a phone, a place chosen alone prints its events in full instead of the closed sheet', async () => {
    const app = await readyApp({ hash: '5/14/-4&place=gao', viewport: PHONE });
    await startPrinting(app);
    const place = app.page.locator('.print-place');
    expect(await place.isVisible()).toBe(true);
    expect(await place.locator('.popup-title').innerText()).toBe('Gao');
    expect(await place.locator('.print-event').count()).toBe(EVENTS.filter((e) => e.places.includes('gao')).length);
    const text = await place.innerText();
    expect(squash(text)).toContain(squash(CITED[0]?.quote ?? 'no quote'));
    expect(await app.page.locator('#panel').isVisible()).toBe(false);
    expect(await printedFaults(app)).toEqual({ interactive: [], clipped: [], pinned: [] });
    await app.close();
  });

  test('with nothing chosen, the sources of the events shown under the filters are printed, and the print media alone prepares the page', async () => {
    const app = await readyApp({ hash: '5/14/-4&years=2024-2026' });
    await app.emulatePrint(true);
    await app.page.locator('.print-header').waitFor();
    expect(await app.page.locator('.print-filters').innerText()).toBe('Filters: years 2024–2026 · all themes');
    const printed = await app.page
      .locator('.source-item')
      .evaluateAll((items) =>
        items.filter((item) => item.checkVisibility()).map((item) => (item as HTMLElement).dataset.sourceId),
      );
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.length).toBeLessThan(SOURCES.length);
    // The Norinco deal (2024) is reported by Holy Magazine; the 2016 communiqué dates an attack in 2016.
    expect(printed).toContain(SOURCES.find((s) => s.title.includes('Norinco'))?.id);
    expect(printed).not.toContain(SOURCES.find((s) => s.title.includes('31 May 2016'))?.id);
    expect(await printedFaults(app)).toEqual({ interactive: [], clipped: [], pinned: [] });
    await app.emulatePrint(false);
    await app.page.locator('.print-header').waitFor({ state: 'detached' });
    await app.close();
  });

  test('in French, the printed page speaks French', async () => {
    const app = await readyApp({ hash: `5/14/-4&place=gao&event=${EVENT_ID}&lang=fr` });
    await app.page.locator('#reading-pane:not([hidden]) .event-title').waitFor();
    await startPrinting(app);
    expect(await app.page.locator('.site-header h1').innerText()).toBe('Relations Chine–Mali\u00a0: une carte sourcée');
    expect(await app.page.locator('.print-date').innerText()).toMatch(/^Imprimé le \d{1,2}(er)? [a-zéû]+ \d{4}/);
    expect(await app.page.locator('.print-link').innerText()).toMatch(/^Lien\u00a0: http/);
    expect(await app.page.locator('.print-heading').innerText()).toBe('Légende');
    expect(await app.page.locator('.print-filters').innerText()).toMatch(/^Filtres\u00a0: années 1960–/);
    expect(await app.page.locator('#reading-pane .event-date').innerText()).toContain('31 mai 2016');
    await app.close();
  });
});
