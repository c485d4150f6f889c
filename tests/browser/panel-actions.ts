/** Steps a reader takes in the side panel: set the years, tick themes, choose places and sources, search. */
import { createRequire } from 'node:module';
import type { AppPage } from './driver.ts';

/** Moves a year slider to `year` with the keyboard (Home, then ArrowRight), as a keyboard user would. */
export async function setYear(app: AppPage, which: 'From year' | 'To year', year: number): Promise<void> {
  const slider = app.page.getByLabel(which, { exact: true });
  await slider.focus();
  const min = Number(await slider.getAttribute('min'));
  await app.page.keyboard.press('Home');
  for (let y = min; y < year; y++) await app.page.keyboard.press('ArrowRight');
}

export async function setTheme(app: AppPage, theme: string, checked: boolean): Promise<void> {
  await app.page.locator(`.theme-option input[value="${theme}"]`).setChecked(checked);
}

/** The place list as the reader sees it: name and count, and whether the place is marked selected. */
export async function placeList(app: AppPage): Promise<{ id: string; count: string; selected: boolean }[]> {
  return app.page.locator('.place-item').evaluateAll((items) =>
    items.map((item) => ({
      id: (item as HTMLElement).dataset.placeId ?? '',
      count: item.querySelector('.place-count')?.textContent ?? '',
      selected: item.classList.contains('place-item-selected'),
    })),
  );
}

export async function choosePlaceInList(app: AppPage, id: string): Promise<void> {
  await app.page.locator(`.place-item[data-place-id="${id}"] .place-button`).click();
}

export async function chooseSource(app: AppPage, sourceId: string): Promise<void> {
  await app.page.locator(`.source-item[data-source-id="${sourceId}"] .source-button`).click();
}

export async function search(app: AppPage, text: string): Promise<string[]> {
  await app.page.getByLabel('Search places, actors and events').fill(text);
  return app.page.locator('.search-result').allTextContents();
}

export async function summaryText(app: AppPage): Promise<string> {
  return (await app.page.locator('.filter-summary-text').textContent()) ?? '';
}

/** The ids the map draws at full strength; the others carry the `dimmed` feature-state. */
export async function undimmedFeatures(app: AppPage): Promise<string[]> {
  return app.evaluateOnMap((map) => {
    const ids: string[] = [];
    for (const source of ['places', 'corridor']) {
      const data = (map.getSource(source) as { serialize(): { data: unknown } } | undefined)?.serialize().data as
        { features: { properties: { id: string } }[] } | undefined;
      for (const feature of data?.features ?? []) {
        const id = feature.properties.id;
        if (map.getFeatureState({ source, id }).dimmed !== true) ids.push(id);
      }
    }
    return ids;
  }, undefined);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** Runs axe-core in the page and returns its violations. */
export async function axeViolations(app: AppPage): Promise<AxeViolation[]> {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await app.page.addScriptTag({ path: axePath });
  return app.page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
}
