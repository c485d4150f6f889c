import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, type AppPage, type Viewport } from './driver.ts';
import { useAppSession } from './app-session.ts';
import { clickFeature, drawnPlaces, readPopup, setLayerVisible } from './map-actions.ts';
import {
  axeViolations,
  choosePlaceInList,
  chooseSource,
  placeList,
  search,
  setTheme,
  setYear,
  summaryText,
  undimmedFeatures,
} from './panel-actions.ts';

const PHONE_375: Viewport = { width: 375, height: 667 };
const { readyApp } = useAppSession();

describe('filtering by time', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await readyApp();
  });
  afterAll(() => app.close());

  test('"what happened in Gao before 2016?": the list, the popups and the map follow the years', async () => {
    const before = await placeList(app);
    await setYear(app, 'To year', 2015);
    expect(await app.page.locator('.year-output').textContent()).toBe('1960–2015');
    const after = await placeList(app);
    const count = (list: typeof before, id: string) => Number.parseInt(list.find((p) => p.id === id)?.count ?? '', 10);
    expect(count(after, 'gao')).toBeLessThan(count(before, 'gao'));
    expect(count(after, 'gao')).toBeGreaterThan(0);
    expect(count(after, 'narena')).toBe(0);
    expect(await summaryText(app)).toMatch(/^Showing \d+ of \d+ events/);
    expect(await app.page.locator('#announcer').textContent()).toMatch(/Showing/);

    await clickFeature(app, 'gao');
    const popup = await readPopup(app);
    expect(popup?.events).toBe(count(after, 'gao'));
    const startYears = await app.page
      .locator('.maplibregl-popup .popup-event-date')
      .evaluateAll((dates) => dates.map((d) => Number(/\d{4}/.exec(d.textContent ?? '')?.[0])));
    expect(startYears.length).toBeGreaterThan(0);
    for (const year of startYears) expect(year).toBeLessThanOrEqual(2015);
    // Narena has no event before 2016: dimmed on the map, not removed.
    expect(await undimmedFeatures(app)).not.toContain('narena');
    expect(await drawnPlaces(app)).toContain('narena');
    await app.screenshot('explore-years-to-2015');
  });

  test('a month- or year-only date says so in the list', async () => {
    await app.page.locator('.place-item[data-place-id="gao"] details summary').click();
    const dates = await app.page.locator('.place-item[data-place-id="gao"] .place-event-date').allTextContents();
    expect(dates.some((d) => /\(year only\)|\(month only\)|\(span of time\)/.test(d))).toBe(true);
  });
});

describe('themes, sources and search', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await readyApp();
  });
  afterAll(() => app.close());

  test('turning off every theme but mining leaves only mining places at full strength', async () => {
    await app.page.getByRole('button', { name: 'No themes' }).click();
    await setTheme(app, 'mining', true);
    const undimmed = await undimmedFeatures(app);
    expect(undimmed).toContain('goulamina');
    expect(undimmed).not.toContain('gao');
    expect(
      await app.page.locator('.theme-option', { hasText: 'mining' }).locator('.theme-count').textContent(),
    ).toMatch(/\(\d+\)/);
    await app.page.getByRole('button', { name: 'All themes' }).click();
  });

  test('choosing a source highlights the places it supports and narrows the list to its events', async () => {
    await chooseSource(app, 'adf-2025-chinese-assistance');
    expect(
      await app.page
        .locator('.source-item[data-source-id="adf-2025-chinese-assistance"] .source-button')
        .getAttribute('aria-pressed'),
    ).toBe('true');
    const undimmed = await undimmedFeatures(app);
    expect(undimmed).toEqual(expect.arrayContaining(['narena', 'kidal', 'falea', 'bamako-dakar-railway']));
    expect(undimmed).not.toContain('gao');
    const list = await placeList(app);
    expect(list.find((p) => p.id === 'gao')?.count).toBe('0 events');
    expect(await summaryText(app)).toContain('Researcher: Chinese Assistance to Mali');
    await app.screenshot('explore-source-adf');
    await chooseSource(app, 'adf-2025-chinese-assistance');
    expect(await undimmedFeatures(app)).toContain('gao');
  });

  test('searching an alternative spelling finds the place and opens it', async () => {
    const results = await search(app, 'Falea');
    expect(results[0]).toBe('Place: Faléa');
    await app.page.locator('.search-result').first().click();
    expect((await readPopup(app))?.title).toBe('Faléa');
    expect(await app.page.evaluate(() => location.hash)).toContain('place=falea');
    expect((await placeList(app)).find((p) => p.id === 'falea')?.selected).toBe(true);
  });

  test('searching an actor jumps to the event', async () => {
    const results = await search(app, 'Ganfeng');
    expect(results.some((r) => r.startsWith('Actor: Ganfeng'))).toBe(true);
    await app.page.locator('.search-result', { hasText: 'Ganfeng' }).first().click();
    const popup = await readPopup(app);
    expect(popup?.title).toBe('Goulamina');
    expect(await app.page.locator('.maplibregl-popup .event-focused').count()).toBe(1);
  });
});

describe('sharing exactly what you see', () => {
  test('a copied link reopens the same view, place, filters, themes and layers', async () => {
    const app = await readyApp();
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await setYear(app, 'From year', 2000);
    await setTheme(app, 'trade', false);
    await setLayerVisible(app, 'rivers', false);
    await choosePlaceInList(app, 'goulamina');
    await readPopup(app);
    await app.page.waitForFunction(() => !window.chinaMaliMap?.isMoving());
    await app.page.getByRole('button', { name: 'Copy link' }).click();
    await app.page.locator('.share-status', { hasText: 'Link copied.' }).waitFor();
    const link = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await app.page.evaluate(() => location.href));
    const hash = new URL(link).hash.slice(1);
    expect(hash).toMatch(/place=goulamina/);
    expect(hash).toMatch(/years=2000-/);
    expect(hash).toMatch(/hide=rivers/);

    await app.page.getByRole('button', { name: 'Cite this view' }).click();
    const citation = await app.page.locator('.share-citation textarea').inputValue();
    expect(citation).toMatch(
      /^China–Mali relations: a sourced map \(version \d+\.\d+\.\d+\)\. Viewed \d{1,2} \w+ \d{4}\. http/,
    );
    expect(citation).toContain('Sources of the');
    await app.close();

    const reopened = await readyApp({ hash });
    expect(await reopened.page.getByLabel('From year', { exact: true }).inputValue()).toBe('2000');
    expect(await reopened.page.locator('.theme-option input[value="trade"]').isChecked()).toBe(false);
    expect(await reopened.page.locator('input[data-layer-toggle="rivers"]').isChecked()).toBe(false);
    expect((await readPopup(reopened))?.title).toBe('Goulamina');
    expect(await reopened.page.evaluate(() => location.hash.slice(1))).toBe(hash);
    await reopened.screenshot('explore-reopened-link');
    await reopened.close();
  });
});

describe('keyboard only', () => {
  test('Tab reaches search, filters, lists, sharing, layers and the map, with a visible focus', async () => {
    const app = await readyApp();
    const reached = new Set<string>();
    const invisibleFocus: string[] = [];
    for (let i = 0; i < 160; i++) {
      await app.page.keyboard.press('Tab');
      const info = await app.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        // Past the last control, focus leaves the page (body): that is the browser's, not ours.
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const areas = [
          'panel-search',
          'filter-years',
          'filter-themes',
          'place-list',
          'source-list',
          'panel-share',
          'layer-toggle',
          'maplibregl-ctrl',
          'maplibregl-canvas',
        ];
        const area = areas.find((name) => el.closest(`.${name}`)) ?? el.tagName.toLowerCase();
        return {
          area,
          visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
          what: `${el.tagName.toLowerCase()}.${el.className} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30) ?? ''}`,
        };
      });
      if (!info) continue;
      reached.add(info.area);
      if (!info.visible) invisibleFocus.push(info.what);
    }
    for (const area of [
      'panel-search',
      'filter-years',
      'filter-themes',
      'place-list',
      'source-list',
      'panel-share',
      'layer-toggle',
      'maplibregl-ctrl',
      'maplibregl-canvas',
    ]) {
      expect(
        [...reached].some((a) => a.startsWith(area)),
        `Tab never reached ${area}; reached ${[...reached].join(', ')}`,
      ).toBe(true);
    }
    expect(invisibleFocus).toEqual([]);
    await app.close();
  });

  test('Enter on a place in the list opens its popup and moves focus into it; Escape closes it', async () => {
    const app = await readyApp();
    await app.page.locator('.place-item[data-place-id="narena"] .place-button').focus();
    await app.page.keyboard.press('Enter');
    expect((await readPopup(app))?.title).toBe('Naréna');
    await app.page.waitForFunction(() => document.activeElement?.classList.contains('popup-title'));
    await app.page.keyboard.press('Escape');
    await app.page.locator('.maplibregl-popup').waitFor({ state: 'detached' });
    await expect.poll(() => app.page.evaluate(() => location.hash)).not.toContain('place=');
    await app.close();
  });

  test('Escape in the search box is the box’s own: the popup stays open and focus stays in the box', async () => {
    const app = await readyApp();
    await choosePlaceInList(app, 'gao');
    expect((await readPopup(app))?.title).toBe('Gao');
    const box = app.page.getByRole('searchbox', { name: /Search places/ });
    await box.fill('lithium');
    await box.press('Escape');
    expect(await app.page.locator('.maplibregl-popup').count()).toBe(1);
    expect(await app.page.evaluate(() => document.activeElement?.classList.contains('search-input'))).toBe(true);
    await app.close();
  });
});

describe('on a 375×667 phone', () => {
  test('the map, the filters and the list are all usable', async () => {
    const app = await readyApp({ viewport: PHONE_375 });
    const toggle = app.page.getByRole('button', { name: 'Filters and list' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await app.screenshot('phone-375-closed');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await setYear(app, 'From year', 2012);
    expect(await app.page.locator('.year-output').textContent()).toMatch(/^2012–/);
    await app.screenshot('phone-375-sheet-open');
    await choosePlaceInList(app, 'gao');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect((await readPopup(app))?.title).toBe('Gao');
    await app.page.waitForFunction(() => !window.chinaMaliMap?.isMoving());
    const box = await app.page.locator('.maplibregl-popup').boundingBox();
    expect(
      box && box.x >= 0 && box.x + box.width <= PHONE_375.width && box.y >= 0 && box.y + box.height <= PHONE_375.height,
    ).toBe(true);
    await app.screenshot('phone-375-popup');
    await app.close();
  });
});

describe('automated accessibility audit (axe-core)', () => {
  const serious = (violations: Awaited<ReturnType<typeof axeViolations>>) =>
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

  test.each([
    { name: 'first view, desktop', viewport: DESKTOP, hash: '' },
    {
      name: 'popup open, filtered',
      viewport: DESKTOP,
      hash: '5/14/-6&place=gao&years=2000-2026&themes=peacekeeping,security',
    },
    { name: 'phone', viewport: PHONE_375, hash: '' },
  ])('$name: no serious or critical violations', async ({ viewport, hash }) => {
    const app = await readyApp({ viewport, hash });
    if (hash.includes('place=')) await readPopup(app);
    const violations = await axeViolations(app);
    console.log(`axe (${viewport.width}px${hash ? `, #${hash}` : ''}): ${violations.length} violations`, violations);
    expect(serious(violations)).toEqual([]);
    await app.close();
  });
});
