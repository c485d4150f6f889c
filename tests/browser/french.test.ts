import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkGeodata } from '../../scripts/validate-geodata-plugin.ts';
import { en } from '../../src/i18n/messages-en.ts';
import { DESKTOP, type AppPage, type Viewport } from './driver.ts';
import { useAppSession } from './app-session.ts';
import { axeViolations } from './panel-actions.ts';

const { readyApp } = useAppSession();

/** The English catalogue's plain sentences and names of two words or more. */
function englishStrings(value: unknown): string[] {
  if (typeof value === 'string') return value.trim().includes(' ') ? [value.trim()] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(englishStrings);
}
const ENGLISH = [...new Set(englishStrings(en))];

const { dataset: data } = checkGeodata(join(import.meta.dirname, '../../geodata'));
/** The data's own English words, which the page shows in French under `lang=fr`. */
const ENGLISH_DATA = [
  ...data.events.flatMap((e) => [e.title, e.summary, e.dateNote, e.placeNote, e.caution]),
  ...data.events.flatMap((e) => (e.figures ?? []).flatMap((f) => [f.label, f.caution])),
  ...[...data.places.features, ...data.stations.features].map((f) => f.properties.precisionNote),
  ...data.corridor.features.map((f) => f.properties.geometryNote),
  ...(data.story?.steps.map((step) => step.caption) ?? []),
].filter((text): text is string => text !== undefined);
const GAO_ATTACK = data.events.find((e) => e.id === 'gao-camp-attack-2016');

/** Every interface text in the page (own text, aria-label, title, placeholder) outside data containers. */
async function interfaceTexts(app: AppPage): Promise<string[]> {
  return app.page.evaluate(() => {
    const texts: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      if (element.closest('body [lang="en"]') || element.closest('script, style')) continue;
      const own = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      if (own) texts.push(own);
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    texts.push(document.title);
    return texts;
  });
}

const englishLeft = (texts: string[], english: readonly string[] = ENGLISH) =>
  texts.filter((text) => english.some((words) => text === words || (words.length > 20 && text.includes(words))));

/** The map's centre to 0.001° (about 100 m): what "the map did not move" compares. */
const mapCentre = (app: AppPage) =>
  app.evaluateOnMap(
    (map) =>
      map
        .getCenter()
        .toArray()
        .map((v) => v.toFixed(3)),
    undefined,
  );

const viewAndPlace = (hash: string) => ({
  view: hash.replace(/^#/, '').split('&')[0],
  place: /[&#]place=([^&]+)/.exec(hash)?.[1],
  event: /[&#]event=([^&]+)/.exec(hash)?.[1],
});

describe('the interface in French', () => {
  test('no English interface string remains, with a popup, the reading pane and the lists open', async () => {
    const app = await readyApp({ hash: '5/14/-4&place=gao&event=gao-camp-attack-2016&lang=fr' });
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await app.page.locator('.place-item[data-place-id="gao"] details summary').click();
    // Both map boxes open (clicked, the second could sit under the popup).
    await app.page.evaluate(() => {
      for (const details of document.querySelectorAll<HTMLDetailsElement>('.layer-toggle-details')) details.open = true;
    });
    await app.page.locator('.panel-share .share-button').nth(1).click();
    await app.page.locator('.search-input').fill('lithium');
    expect(await app.page.locator('.maplibregl-popup .popup-title').textContent()).toBe('Gao');
    expect(await app.page.locator('#reading-pane .reading-heading').textContent()).toBe('Événement');
    expect(englishLeft(await interfaceTexts(app))).toEqual([]);
    // Nor any of the data's own English words: titles, summaries, notes, labels, cautions.
    expect(englishLeft(await interfaceTexts(app), ENGLISH_DATA)).toEqual([]);
    await app.close();
  });

  test('the data in French: popup and reading pane; quotes and source titles stay as written, marked English', async () => {
    const app = await readyApp({ hash: '5/14/-4&place=gao&event=gao-camp-attack-2016&lang=fr' });
    const pane = app.page.locator('#reading-pane');
    const title = 'Une attaque contre un camp de la MINUSMA à Gao tue un Casque bleu chinois';
    expect(await pane.locator('.event-title').textContent()).toBe(title);
    // In a French page, French text needs no mark of its own.
    expect(await pane.locator('.event-title').getAttribute('lang')).toBeNull();
    expect(await pane.locator('.event-summary').textContent()).toContain(
      'Plusieurs opérations de l’APL ont ensuite été limitées aux abords de la base chinoise de Gao.',
    );
    expect(await pane.locator('.event-caution').first().textContent()).toContain(
      'L’USIP ne dit pas qui étaient ces quatre personnes',
    );
    const popup = app.page.locator('.maplibregl-popup');
    expect(await popup.locator('.popup-precision-note').textContent()).toContain(
      'Les documents ne situent ni la base des Casques bleus chinois',
    );
    expect(await popup.locator('.popup-event-title').allTextContents()).toContain(title);
    const quote = pane.locator('blockquote').first();
    expect(await quote.getAttribute('lang')).toBe('en');
    expect(await quote.textContent()).toBe(GAO_ATTACK?.citations[0]?.quote);
    expect(await pane.locator('.citation-title').first().getAttribute('lang')).toBe('en');
    // The timeline's marks are named in French too.
    const mark = app.page.locator('.timeline-mark[aria-current="true"]');
    expect(await mark.getAttribute('aria-label')).toContain(title);
    await app.close();
  });

  test('the tour in French: its title and the step’s caption', async () => {
    const app = await readyApp({ hash: '&story=6&lang=fr' });
    const step = data.story?.steps[5];
    expect(await app.page.locator('.tour-caption').textContent()).toBe(step?.fr?.caption);
    expect(await app.page.locator('.tour-heading').textContent()).toContain(data.story?.fr?.title);
    await app.close();
  });

  test('switching language in place keeps the view, the place and the event, and flips <html lang>', async () => {
    const app = await readyApp({ hash: '5/14/-4&place=gao&event=gao-camp-attack-2016' });
    const address = () => app.page.evaluate(() => location.hash);
    const before = viewAndPlace(await address());
    expect(before.place).toBe('gao');
    // The checks of the first test find English when there is some.
    expect(englishLeft(await interfaceTexts(app))).toContain('Reset filters');
    expect(englishLeft(await interfaceTexts(app), ENGLISH_DATA)).toContain(GAO_ATTACK?.title);
    await app.page.getByRole('button', { name: 'Français', exact: true }).click();
    await expect.poll(address).toContain('lang=fr');
    // The French words are loaded on this first choice of French (src/i18n/i18n.ts).
    await expect
      .poll(() => app.page.locator('.filter-summary .link-button').textContent())
      .toBe('Réinitialiser les filtres');
    expect(viewAndPlace(await address())).toEqual(before);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await app.page.getByRole('button', { name: 'Français', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await app.page.locator('.filter-summary .link-button').textContent()).toBe('Réinitialiser les filtres');
    expect(await app.page.locator('.maplibregl-popup .popup-title').textContent()).toBe('Gao');
    expect(await app.page.locator('#reading-pane').isHidden()).toBe(false);
    // The French texts load on this first choice of French (src/data/translations.ts).
    await expect.poll(() => app.page.locator('#reading-pane .event-title').textContent()).toBe(GAO_ATTACK?.fr?.title);
    expect(await app.page.title()).toBe('Relations Chine–Mali\u00a0: une carte sourcée');
    expect(
      await app.evaluateOnMap((map) => map.getLayoutProperty('corridor-label', 'text-field') as unknown, undefined),
    ).toBe('Voie ferrée Dakar–Bamako (schématique)');

    await app.page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(address).not.toContain('lang=');
    expect(viewAndPlace(await address())).toEqual(before);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await app.page.locator('.filter-summary .link-button').textContent()).toBe('Reset filters');
    expect(await app.page.locator('#reading-pane .event-title').textContent()).toBe(GAO_ATTACK?.title);
    await app.close();
  });

  test('switching language during the tour keeps the map and the event where the reader took them', async () => {
    const app = await readyApp({ hash: '&story=3' });
    const stillMap = () =>
      app.evaluateOnMap(
        (map) => (map.isMoving() ? new Promise<null>((done) => map.once('moveend', () => done(null))) : null),
        undefined,
      );
    const currentMark = () => app.page.locator('.timeline-mark[aria-current="true"]').getAttribute('data-event-id');
    await expect.poll(currentMark).toBe(data.story?.steps[2]?.events[0]);
    await stillMap();
    // The reader moves on from the step: another event, then another view.
    await app.page.evaluate(() => {
      location.hash = location.hash.replace(/event=[^&]+/, 'event=gao-camp-attack-2016');
    });
    await expect.poll(currentMark).toBe('gao-camp-attack-2016');
    await stillMap();
    // Away from the step's place, whose popup would otherwise be kept in view when it opens again.
    await app.evaluateOnMap((map) => map.jumpTo({ center: [-12, 14.5], zoom: 7 }), undefined);
    const before = await mapCentre(app);
    await app.page.getByRole('button', { name: 'Français', exact: true }).click();
    await expect.poll(() => app.page.locator('.tour-caption').textContent()).toBe(data.story?.steps[2]?.fr?.caption);
    await stillMap();
    expect(await mapCentre(app)).toEqual(before);
    expect(await currentMark()).toBe('gao-camp-attack-2016');
    await app.close();
  });

  test('an open popup the reader has panned away from stays away through a language switch and a filter', async () => {
    const app = await readyApp({ hash: '6/16/-0.05&place=gao' });
    await app.evaluateOnMap((map) => map.jumpTo({ center: [-12, 14.5], zoom: 7 }), undefined);
    const before = await mapCentre(app);
    await app.page.getByRole('button', { name: 'Français', exact: true }).click();
    await expect.poll(() => app.page.locator('.maplibregl-popup .popup-title').textContent()).toBe('Gao');
    await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await mapCentre(app)).toEqual(before);
    await app.page.evaluate(() => {
      location.hash += '&years=2010-2020';
    });
    await expect.poll(() => app.page.evaluate(() => location.hash)).toContain('years=2010-2020');
    expect(await mapCentre(app)).toEqual(before);
    await app.close();
  });

  test('the French layout holds at 360 px: no sideways scroll', async () => {
    const app = await readyApp({ viewport: { width: 360, height: 640 }, hash: '&lang=fr' });
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await app.page.locator('.panel-toggle').click();
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await app.close();
  });

  test.each([
    { name: 'first view', hash: '&lang=fr' },
    { name: 'popup and reading pane', hash: '5/14/-4&place=gao&event=gao-camp-attack-2016&lang=fr' },
  ])('axe finds no serious or critical problem in French: $name', async ({ hash }) => {
    const app = await readyApp({ hash });
    const violations = await axeViolations(app);
    console.log(`axe (French, #${hash}): ${violations.length} violations`, violations);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await app.close();
  });

  const PHONE_390: Viewport = { width: 390, height: 844 };
  test.each([
    { name: 'french-desktop', viewport: { width: 1440, height: 900 } },
    { name: 'french-phone', viewport: PHONE_390 },
  ])('screenshot: $name, with a place and an event open', async ({ name, viewport }) => {
    const app = await readyApp({
      viewport: viewport ?? DESKTOP,
      hash: '6/15/-1&place=gao&event=gao-camp-attack-2016&lang=fr',
    });
    expect(await app.page.locator('#reading-pane .reading-heading').textContent()).toBe('Événement');
    await app.screenshot(name);
    await app.close();
  });
});

describe('the French texts travel apart from the data', () => {
  const FRENCH_FILE = /\/geodata-fr-[\w-]+\.json$/;

  test('a reader in English never loads them; choosing French loads them once', async () => {
    const app = await readyApp({ hash: '5/14/-4&place=gao&event=gao-camp-attack-2016' });
    const requested: string[] = [];
    app.page.on('request', (request) => {
      if (FRENCH_FILE.test(request.url())) requested.push(request.url());
    });
    expect(
      await app.page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /geodata-fr/.test(e.name))),
    ).toEqual([]);
    for (const language of ['Français', 'English', 'Français']) {
      await app.page.getByRole('button', { name: language, exact: true }).click();
      await app.page.waitForTimeout(200);
    }
    await expect.poll(() => app.page.locator('#reading-pane .event-title').textContent()).toBe(GAO_ATTACK?.fr?.title);
    expect(requested).toHaveLength(1);
    await app.close();
  });

  test('when they cannot be had, a French page still opens, says so, and shows the data in English', async () => {
    const app = await readyApp({
      hash: '5/14/-4&place=gao&event=gao-camp-attack-2016&lang=fr',
      before: (page) => page.page.route(FRENCH_FILE, (route) => route.fulfill({ status: 404, body: '' })),
    });
    await expect
      .poll(() => app.page.getByRole('status').filter({ hasText: 'Les textes français' }).textContent())
      .toBe('Les textes français des données n’ont pas pu être chargés\u00a0: ils sont affichés en anglais.');
    const title = app.page.locator('#reading-pane .event-title');
    expect(await title.textContent()).toBe(GAO_ATTACK?.title);
    // English in a French page, and marked so for screen readers.
    expect(await title.getAttribute('lang')).toBe('en');
    expect(await app.page.locator('.filter-summary .link-button').textContent()).toBe('Réinitialiser les filtres');
    expect(await app.page.locator('.place-list li').count()).toBeGreaterThan(0);
    await app.close();
  });
});
