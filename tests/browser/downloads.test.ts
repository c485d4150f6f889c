/**
 * Take it with you: every download, through the controls a reader uses, parsed back by the tools
 * a reader's software uses: a CSV parser, a GeoJSON checker, and citation-js for BibTeX, RIS and
 * CSL-JSON.
 */
import { readFile } from 'node:fs/promises';
import { check as checkGeoJson } from '@placemarkio/check-geojson';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { useAppSession } from './app-session.ts';
import type { AppPage } from './driver.ts';
import { setTheme } from './panel-actions.ts';

const { readyApp } = useAppSession();

/** Clicks the control named `name` and returns the file it downloads, as text and bytes. */
async function download(
  app: AppPage,
  name: string | RegExp,
): Promise<{ fileName: string; text: string; bytes: Buffer }> {
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name }).click()]);
  const bytes = await readFile(await file.path());
  return { fileName: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

async function shownCount(app: AppPage): Promise<number> {
  const text = (await app.page.locator('.filter-summary-text').textContent()) ?? '';
  return Number(/Showing (\d+)/.exec(text)?.[1] ?? Number.NaN);
}

describe('downloads', () => {
  test('every download control says what it downloads', async () => {
    const app = await readyApp();
    for (const name of ['Download CSV', 'Download GeoJSON', 'Download BibTeX', 'Download RIS', 'Download CSL-JSON'])
      expect(await app.page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    await app.close();
  });

  test('CSV: one row per event shown under the filters, read back by a real CSV parser', async () => {
    const app = await readyApp();
    await setTheme(app, 'mining', false);
    const shown = await shownCount(app);
    const { fileName, text } = await download(app, 'Download CSV');
    expect(fileName).toMatch(/\.csv$/);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(rows).toHaveLength(shown);
    expect(rows.every((row) => !row.themes?.split(' | ').every((t) => t === 'mining'))).toBe(true);
    const attack = rows.find((row) => row.id === 'gao-camp-attack-2016');
    expect(attack?.date).toBe('2016-05-31');
    expect(attack?.licence).toContain('CC BY 4.0');
    expect(attack?.figures).toContain('[caution:');
    expect(attack?.quotes?.length).toBeGreaterThan(20);
    await app.close();
  });

  test('in French, the files are the data as written: English columns and members, French beside them', async () => {
    const app = await readyApp({ hash: '&lang=fr' });
    const csv = await download(app, 'Télécharger en CSV');
    const rows = parseCsv(csv.text, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    const attack = rows.find((row) => row.id === 'gao-camp-attack-2016');
    expect(attack?.title).toBe('Attack on MINUSMA camp in Gao kills Chinese peacekeeper');
    expect(attack?.title_fr).toBe('Une attaque contre un camp de la MINUSMA à Gao tue un Casque bleu chinois');
    expect(attack?.figures_fr).toContain('soldat chinois tué: 1');
    const geojson = await download(app, 'Télécharger en GeoJSON');
    const collection = checkGeoJson(geojson.text) as unknown as {
      features: {
        properties: {
          id: string;
          fr?: { precisionNote?: string };
          events: { id: string; title: string; fr?: { title?: string } }[];
        };
      }[];
    };
    const gao = collection.features.find((f) => f.properties.id === 'gao')?.properties;
    const event = gao?.events.find((e) => e.id === 'gao-camp-attack-2016');
    expect([event?.title, event?.fr?.title]).toEqual([attack?.title, attack?.title_fr]);
    expect(gao?.fr?.precisionNote).toContain('Point de la couche Natural Earth');
    await app.close();
  });

  test('GeoJSON: valid RFC 7946, with events nested at their places and the sources cited', async () => {
    const app = await readyApp();
    await app.page.getByRole('radio', { name: /All events/ }).check();
    const { text } = await download(app, 'Download GeoJSON');
    const collection = checkGeoJson(text) as unknown as {
      features: { properties: { id: string; events: { id: string }[] } }[];
      sources: { id: string }[];
      metadata: { licence: { name: string } };
    };
    const gao = collection.features.find((f) => f.properties.id === 'gao');
    expect(gao?.properties.events.map((e) => e.id)).toContain('gao-camp-attack-2016');
    expect(collection.sources.length).toBeGreaterThan(3);
    expect(collection.metadata.licence.name).toBe('CC BY 4.0');
    await app.close();
  });

  test('BibTeX, RIS and CSL-JSON parse back with citation-js to the same sources', async () => {
    const app = await readyApp();
    const { Cite } = await import('@citation-js/core');
    await import('@citation-js/plugin-bibtex');
    await import('@citation-js/plugin-ris');
    const csl = JSON.parse((await download(app, 'Download CSL-JSON')).text) as { title: string }[];
    const titles = csl.map((item) => item.title).sort();
    expect(titles.length).toBeGreaterThan(3);
    for (const name of ['Download BibTeX', 'Download RIS']) {
      const parsed = new Cite((await download(app, name)).text).data as { title: string }[];
      expect(parsed.map((item) => item.title).sort(), name).toEqual(titles);
    }
    await app.close();
  });

  test('"Cite this view" offers the map itself, first, as a reference-manager file', async () => {
    const app = await readyApp();
    await app.page.getByRole('button', { name: 'Cite this view' }).click();
    const { text } = await download(app, 'Download this view’s citation as CSL-JSON');
    const items = JSON.parse(text) as { type: string; title: string }[];
    expect(items[0]?.type).toBe('dataset');
    expect(items[0]?.title).toContain('China–Mali relations');
    await app.close();
  });

  test('Save image: a PNG at twice the map’s size, framed with its title and credits, and not blank', async () => {
    const app = await readyApp();
    const { fileName, bytes } = await download(app, 'Save image of the map (PNG)');
    expect(fileName).toMatch(/\.png$/);
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    const map = await app.page.locator('#map').boundingBox();
    expect(width).toBe(Math.round((map?.width ?? 0) * 2));
    expect(height).toBeGreaterThan((map?.height ?? 0) * 2);
    // Decoded in the page: a drawn map has many colours; a blank or failed capture has one or two.
    const { colours } = await app.imageColours(`data:image/png;base64,${bytes.toString('base64')}`);
    expect(colours).toBeGreaterThan(50);
    await app.close();
  });

  test('Save image: the map keeps a scale bar, as long as the one MapLibre shows on screen', async () => {
    const app = await readyApp({ hash: '6/14/-6' });
    const onScreen = await app.screenScale();
    expect(onScreen.label).toMatch(/^\d+\s?km$/);
    const { bytes } = await download(app, 'Save image of the map (PNG)');
    const bar = await app.longestBlackRun(`data:image/png;base64,${bytes.toString('base64')}`);
    // At twice the density, rounded to whole pixels.
    expect(Math.abs(bar - 2 * onScreen.width)).toBeLessThanOrEqual(2);
    await app.close();
  });
});
