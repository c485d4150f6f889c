// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/data/dataset-index.ts';
import { localizeDataset } from '../../src/data/localize.ts';
import type { Dataset } from '../../src/data/types.ts';
import { validateDataset } from '../../src/data/validate-dataset.ts';
import type { PanelContext } from '../../src/panel/panel-context.ts';
import { setupReadingPane } from '../../src/panel/reading-pane.ts';
import { setLanguage, loadCatalogue } from '../../src/i18n/i18n.ts';
import { defaultState } from '../../src/state/app-state.ts';
import { select } from '../../src/state/selection.ts';
import { createEventQuery } from '../../src/state/event-query.ts';
import { createStore } from '../../src/state/store.ts';
import { minimalRawDataset } from '../fixtures/minimal-dataset.ts';

const { dataset } = validateDataset(minimalRawDataset(), '2026-11-22');

function pane(shown: Dataset = dataset) {
  const store = createStore(defaultState());
  const ctx: PanelContext = {
    store,
    dataset: shown,
    writtenInFull: () => Promise.resolve(dataset),
    filtered: () => indexDataset(shown),
    query: createEventQuery(shown),
    hasMap: () => true,
    eventsInView: () => shown.events,
    mapImage: () => null,
  };
  const element = document.createElement('section');
  document.body.append(element);
  const undo = setupReadingPane(element, ctx);
  return { store, element, undo };
}

// French words are a chunk of their own, loaded on first use (src/i18n/i18n.ts).
beforeAll(() => loadCatalogue('fr'));

describe('setupReadingPane', () => {
  it('is hidden until an event is chosen, then shows it and takes the focus to its title', () => {
    const { store, element, undo } = pane();
    expect(element.hidden).toBe(true);
    select(store, 'place-b', { eventId: 'attack-at-b' });
    expect(element.hidden).toBe(false);
    expect(element.querySelector('.event-title')?.textContent).toBe('Attack at B');
    expect(document.activeElement?.textContent).toBe('Attack at B');
    undo();
  });

  it('steps to the next event in time, selecting its place', () => {
    const { store, element, undo } = pane();
    select(store, 'capital-a', { eventId: 'relations-established' });
    element.querySelector<HTMLButtonElement>('.reading-step')?.click();
    expect(store.get()).toMatchObject({ event: 'attack-at-b', selected: 'place-b' });
    undo();
  });

  it('closes with its button, leaving the place selected, and stops following the store once undone', () => {
    const { store, element, undo } = pane();
    select(store, 'place-b', { eventId: 'attack-at-b' });
    element.querySelector<HTMLButtonElement>('.reading-close')?.click();
    expect(element.hidden).toBe(true);
    expect(store.get().selected).toBe('place-b');
    undo();
    select(store, 'place-b', { eventId: 'attack-at-b' });
    expect(element.hidden).toBe(true);
  });

  it('in French, shows the French texts unmarked in a French page, and the quote and source title marked English', () => {
    setLanguage('fr');
    try {
      const { store, element, undo } = pane(localizeDataset(dataset, 'fr'));
      select(store, 'place-b', { eventId: 'attack-at-b' });
      const title = element.querySelector('.event-title');
      expect(title?.textContent).toBe('Attaque à B');
      expect(title?.hasAttribute('lang')).toBe(false);
      expect(element.querySelector('.event-summary')?.textContent).toBe(
        'Il s’est passé quelque chose à B. Cela a été rapporté.',
      );
      expect(element.querySelector('.event-figures')?.textContent).toBe('Personnes tuées\u00a0: 3');
      const quote = element.querySelector('blockquote');
      expect([quote?.textContent, quote?.getAttribute('lang')]).toEqual(['an armed group killed three people', 'en']);
      expect(element.querySelector('.citation-title')?.getAttribute('lang')).toBe('en');
      undo();
    } finally {
      setLanguage('en');
    }
  });
});
