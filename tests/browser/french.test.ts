import { describe, expect, test } from 'vitest';
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

const englishLeft = (texts: string[]) =>
  texts.filter((text) =>
    ENGLISH.some((english) => text === english || (english.length > 20 && text.includes(english))),
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
    // Data texts stay as written, and say so to screen readers.
    expect(await app.page.locator('#reading-pane .event-title').getAttribute('lang')).toBe('en');
    expect(await app.page.locator('#reading-pane blockquote').first().getAttribute('lang')).toBe('en');
    await app.close();
  });

  test('switching language in place keeps the view, the place and the event, and flips <html lang>', async () => {
    const app = await readyApp({ hash: '5/14/-4&place=gao&event=gao-camp-attack-2016' });
    const address = () => app.page.evaluate(() => location.hash);
    const before = viewAndPlace(await address());
    expect(before.place).toBe('gao');
    // The check of the first test finds English when there is some.
    expect(englishLeft(await interfaceTexts(app))).toContain('Reset filters');
    await app.page.getByRole('button', { name: 'Français' }).click();
    await expect.poll(address).toContain('lang=fr');
    expect(viewAndPlace(await address())).toEqual(before);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await app.page.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed')).toBe('true');
    expect(await app.page.locator('.filter-summary .link-button').textContent()).toBe('Réinitialiser les filtres');
    expect(await app.page.locator('.maplibregl-popup .popup-title').textContent()).toBe('Gao');
    expect(await app.page.locator('#reading-pane').isHidden()).toBe(false);
    expect(await app.page.title()).toBe('Relations Chine–Mali\u00a0: une carte sourcée');
    expect(
      await app.evaluateOnMap((map) => map.getLayoutProperty('corridor-label', 'text-field') as unknown, undefined),
    ).toBe('Voie ferrée Dakar–Bamako (schématique)');

    await app.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(address).not.toContain('lang=');
    expect(viewAndPlace(await address())).toEqual(before);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await app.page.locator('.filter-summary .link-button').textContent()).toBe('Reset filters');
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
