/**
 * Events in time and space, as a reader meets them: the timeline's marks and their kinds, brushing
 * a window of years, play and step, the keyboard, the reading pane and `&event=`, uncertainty halos
 * and Mali as a whole apart from Bamako, and the phone layout. Runs on the real geodata/.
 */
import { describe, expect, test } from 'vitest';
import { useAppSession } from './app-session.ts';
import { DESKTOP, type AppPage } from './driver.ts';
import { clickFeature, readPopup } from './map-actions.ts';
import { placeList } from './panel-actions.ts';

const { readyApp } = useAppSession();
const PHONE_390 = { width: 390, height: 844 };

/** The marks as the timeline shows them: event id, accessible name and classes. */
async function marks(app: AppPage) {
  return app.page.locator('.timeline-mark').evaluateAll((buttons) =>
    buttons.map((b) => ({
      id: (b as HTMLElement).dataset.eventId ?? '',
      name: b.getAttribute('aria-label') ?? '',
      classes: b.className,
    })),
  );
}

/** The reading pane's title, once it shows. */
async function paneTitle(app: AppPage): Promise<string> {
  const title = app.page.locator('#reading-pane .event-title');
  await title.waitFor({ state: 'visible', timeout: 5000 });
  return (await title.textContent()) ?? '';
}

describe('the timeline', () => {
  test('is a landmark named Timeline with one named mark per event, a point for a day and a span for a year', async () => {
    const app = await readyApp();
    const region = app.page.getByRole('region', { name: /Timeline/ });
    expect(await region.count()).toBe(1);
    const all = await marks(app);
    const total = await app.page.evaluate(() => document.querySelector('.filter-summary-text')?.textContent ?? '');
    expect(total).toContain(`Showing ${all.length} of ${all.length} events`);
    const attack = all.find((m) => m.id === 'gao-camp-attack-2016');
    expect(attack?.name).toMatch(/31 May 2016/);
    expect(attack?.classes).toContain('timeline-mark-point');
    // Its day is taken from another report: hollow, like an inferred date.
    expect(attack?.classes).toContain('timeline-mark-hollow');
    const span = all.find((m) => m.id === 'gao-field-hospital');
    expect(span?.classes).toContain('timeline-mark-span');
    const stated = all.find((m) => m.id === 'diplomatic-relations-1960');
    expect(stated?.classes).toContain('timeline-mark-solid');
    await app.close();
  });

  test('choosing a mark opens the event in the reading pane and puts it in the address', async () => {
    const app = await readyApp();
    await app.page.locator('.timeline-mark[data-event-id="narena-attack-2025"]').click();
    expect(await paneTitle(app)).toMatch(/Nar[ée]na/);
    await app.page.waitForFunction(() => location.hash.includes('event=narena-attack-2025'));
    expect(await app.page.evaluate(() => location.hash)).toContain('place=narena');
    await app.close();
  });

  test('← and → step through the events in date order; the pane follows', async () => {
    const app = await readyApp();
    const ids = (await marks(app)).map((m) => m.id);
    const at = ids.indexOf('gao-camp-attack-2016');
    await app.page.locator('.timeline-mark[data-event-id="gao-camp-attack-2016"]').click();
    await paneTitle(app);
    await app.page.locator('.timeline-mark[data-event-id="gao-camp-attack-2016"]').focus();
    await app.page.keyboard.press('ArrowRight');
    await app.page.waitForFunction((id) => location.hash.includes(`event=${id}`), ids[at + 1]);
    await app.page.keyboard.press('ArrowLeft');
    await app.page.keyboard.press('ArrowLeft');
    await app.page.waitForFunction((id) => location.hash.includes(`event=${id}`), ids[at - 1]);
    await app.close();
  });

  test('Play steps through events on its own, and Pause stops it', async () => {
    const app = await readyApp({ fakeClock: true });
    await app.page.locator('.timeline-mark[data-event-id="coup-2020"]').click();
    await paneTitle(app);
    await app.page.locator('.timeline-play-button').click();
    // Counted from Play: the clock also runs in real time, so on a busy machine the steps before
    // could otherwise use up the span and leave no step due.
    const playing = await app.clockNow();
    await app.skipTo(playing, 5_000);
    // The mark the timeline shows as current, which follows the store at once. The address is
    // written at most every 300 ms, so it may lag a step by that much.
    const eventNow = () => app.page.locator('.timeline-mark[aria-current="true"]').getAttribute('data-event-id');
    const moved = await eventNow();
    expect(moved).not.toBeNull();
    expect(moved).not.toBe('coup-2020');
    await app.page.waitForFunction((id) => location.hash.includes(`event=${id}`), moved);
    await app.page.locator('.timeline-play-button').click();
    const paused = await app.clockNow();
    await app.skipTo(paused, 15_000);
    expect(await eventNow()).toBe(moved);
    expect(await app.page.evaluate(() => location.hash)).toContain(`event=${moved}`);
    await app.close();
  });

  test('dragging a window on the axis sets the year filter, kept in the address', async () => {
    const app = await readyApp();
    const axis = await app.page.locator('.timeline-axis').boundingBox();
    // The track may be wider than the screen: drag within the part that shows.
    const shown = await app.page.locator('.timeline-scroll').boundingBox();
    if (!axis || !shown) throw new Error('the timeline has no axis');
    const y = axis.y + axis.height / 2;
    await app.page.mouse.move(shown.x + shown.width * 0.4, y);
    await app.page.mouse.down();
    await app.page.mouse.move(shown.x + shown.width * 0.8, y, { steps: 8 });
    await app.page.mouse.up();
    await app.page.waitForFunction(() => /years=\d{4}-\d{4}/.test(location.hash));
    const [, from, to] = /years=(\d{4})-(\d{4})/.exec(await app.page.evaluate(() => location.hash)) ?? [];
    expect(Number(from)).toBeGreaterThan(1960);
    expect(Number(to)).toBeGreaterThanOrEqual(Number(from));
    // The panel's sliders follow the window brushed.
    expect(await app.page.getByRole('slider', { name: 'From year' }).first().inputValue()).toBe(from);
    await app.close();
  });
});

describe('the reading pane and the address', () => {
  test('a shared link with &event= opens on that event, with its sources and quotes', async () => {
    const app = await readyApp({ hash: '&place=gao&event=gao-camp-attack-2016' });
    expect(await paneTitle(app)).toMatch(/Gao/);
    const pane = app.page.locator('#reading-pane');
    expect(await pane.locator('.citation a').count()).toBeGreaterThan(0);
    expect(await pane.locator('blockquote[lang="en"]').count()).toBeGreaterThan(0);
    expect(await pane.locator('.event-caution').count()).toBeGreaterThan(0);
    // The mark of the event is the current one.
    expect(
      await app.page.locator('.timeline-mark[data-event-id="gao-camp-attack-2016"]').getAttribute('aria-current'),
    ).toBe('true');
    await app.close();
  });

  test('the popup is short and never covers its place; its events open the pane', async () => {
    const app = await readyApp({ viewport: DESKTOP });
    await clickFeature(app, 'gao');
    const popup = await readPopup(app);
    expect(popup?.title).toBe('Gao');
    expect(popup?.sourceLinks).toEqual([]);
    const gao = await app.evaluateOnMap((map) => map.project([-0.04, 16.27]), undefined);
    const box = await app.page.locator('.maplibregl-popup-content').boundingBox();
    if (!box) throw new Error('no popup');
    const covers = gao.x > box.x && gao.x < box.x + box.width && gao.y > box.y && gao.y < box.y + box.height;
    expect(covers).toBe(false);
    await app.page.locator('.popup-event').first().click();
    expect((await paneTitle(app)).length).toBeGreaterThan(0);
    await app.close();
  });
});

describe('uncertainty and the whole country', () => {
  test('halos are drawn for approximate places only, and sized on the ground', async () => {
    const app = await readyApp();
    const halos = await app.evaluateOnMap(
      (map) =>
        map
          .queryRenderedFeatures({ layers: ['places-halo'] })
          .map((f) => [String(f.properties.id), Number(f.properties.precision)] as const),
      undefined,
    );
    const ids = new Set(halos.map(([id]) => id));
    expect(ids).toContain('narena');
    expect(ids).toContain('falea');
    expect(ids).not.toContain('bamako');
    expect(ids).not.toContain('mali');
    for (const [, precision] of halos) expect(precision).toBeGreaterThanOrEqual(2);
    await app.close();
  });

  test('facts about Mali as a whole are not counted on Bamako: they have their own ring, popup and list group', async () => {
    const app = await readyApp();
    const list = await placeList(app);
    const mali = list.find((p) => p.id === 'mali');
    const bamako = list.find((p) => p.id === 'bamako');
    expect(Number(mali?.count.split(' ')[0])).toBeGreaterThan(20);
    expect(Number(bamako?.count.split(' ')[0])).toBeLessThan(10);
    expect(await app.page.getByRole('heading', { name: 'Mali as a whole' }).count()).toBe(1);
    await clickFeature(app, 'mali');
    const popup = await readPopup(app);
    expect(popup?.text).toContain('Events concerning Mali as a whole');
    expect(popup?.text).not.toContain('km');
    await app.close();
  });
});

describe('on a 390×844 phone', () => {
  test('the first view shows every place, the Layers box starts closed, and the timeline sits in the sheet', async () => {
    const app = await readyApp({ viewport: PHONE_390 });
    expect(
      await app.page
        .locator('.layer-toggle-details')
        .first()
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(false);
    const outside = await app.evaluateOnMap((map) => {
      const box = map.getContainer().getBoundingClientRect();
      const ids = ['kidal', 'gao', 'bamako', 'falea', 'narena', 'goulamina'];
      const coords: Record<string, [number, number]> = {
        kidal: [1.41, 18.44],
        gao: [-0.04, 16.27],
        bamako: [-8.0, 12.65],
        falea: [-11.28, 12.26],
        narena: [-8.65, 12.01],
        goulamina: [-8.52, 11.4],
      };
      return ids.filter((id) => {
        const p = map.project(coords[id] ?? [0, 0]);
        return p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height;
      });
    }, undefined);
    expect(outside).toEqual([]);
    expect(await app.page.locator('#panel .timeline').count()).toBe(1);
    await app.page.locator('.panel-toggle').click();
    await app.page.locator('.timeline-mark[data-event-id="narena-attack-2025"]').click();
    expect(await paneTitle(app)).toMatch(/Nar[ée]na/);
    const pane = await app.page.locator('#reading-pane').boundingBox();
    expect(pane?.width).toBeLessThanOrEqual(PHONE_390.width);
    await app.screenshot('phone-event-sheet');
    await app.close();
  });
});

describe('the guided tour', () => {
  test('starts from its control, walks with Next and the keyboard, and keeps &story=N in the address', async () => {
    const app = await readyApp();
    const story = JSON.parse(
      await import('node:fs').then((fs) =>
        fs.readFileSync(new URL('../../geodata/story.json', import.meta.url), 'utf8'),
      ),
    ) as { steps: { events: string[]; caption: string }[] };
    const [first, second] = story.steps;
    if (!first || !second) throw new Error('the story has fewer than two steps');
    await app.page.getByRole('button', { name: /Start the guided tour/ }).click();
    await app.page.waitForFunction(() => location.hash.includes('story=1'));
    expect(await app.page.locator('.tour-caption').textContent()).toBe(first.caption);
    await app.page.waitForFunction((id) => location.hash.includes(`event=${id}`), first.events[0]);
    expect(
      await app.page.locator(`.timeline-mark[data-event-id="${first.events[0]}"]`).getAttribute('aria-current'),
    ).toBe('true');
    await app.page.getByRole('button', { name: 'Next step' }).click();
    await app.page.waitForFunction(
      (id) => location.hash.includes('story=2') && location.hash.includes(`event=${id}`),
      second.events[0],
    );
    expect(await paneTitle(app)).toBeTruthy();
    await app.page.getByRole('button', { name: 'Next step' }).focus();
    await app.page.keyboard.press('ArrowLeft');
    await app.page.waitForFunction(() => location.hash.includes('story=1'));
    await app.page.getByRole('button', { name: 'End the tour' }).click();
    await app.page.waitForFunction(() => !location.hash.includes('story='));
    await app.close();
  });

  test('a shared link with &story=3 opens the tour at its third step', async () => {
    const app = await readyApp({ hash: '&story=3' });
    expect(await app.page.locator('.tour-heading').textContent()).toMatch(/step 3 of \d+/);
    await app.page.waitForFunction(() => location.hash.includes('event='));
    await app.close();
  });
});
