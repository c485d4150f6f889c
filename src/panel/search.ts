/** A search box over places (and their other spellings), actors and event text; results jump to them. */
import { announce } from '../announcer.ts';
import { create } from '../dom.ts';
import { select } from '../state/selection.ts';
import type { PanelContext } from './panel-context.ts';
import { searchDataset, type SearchResult } from './search-index.ts';
import { markDataText, messages, placeName } from '../i18n/i18n.ts';

/** @returns the function that removes it */
export function setupSearch(parent: HTMLElement, ctx: PanelContext): () => void {
  const words = messages().search;
  const section = create('div', 'panel-search', parent);
  section.setAttribute('role', 'search');
  const label = create('label', 'search-label', section, words.label);
  const input = create('input', 'search-input', label);
  input.type = 'search';
  input.placeholder = words.placeholder;
  input.autocomplete = 'off';
  const results = create('ul', 'search-results', section);
  results.setAttribute('aria-label', words.results);

  const choose = (result: SearchResult) => {
    select(ctx.store, result.featureId, { eventId: result.eventId ?? null });
  };

  const render = () => {
    // Search everything, not only what the filters show: a reader looking for a name should find it.
    const found = searchDataset(ctx.dataset, input.value);
    results.replaceChildren();
    for (const result of found) {
      const button = create('button', 'search-result', create('li', undefined, results));
      button.type = 'button';
      create('span', 'search-result-kind', button, `${words.kinds[result.kind]}${messages().colon}`);
      const place = ctx.dataset.places.features.find((f) => f.properties.id === result.featureId);
      // A place is named as the interface names it (Mali as a whole); anything else is data text.
      if (result.kind === 'place')
        create('span', undefined, button, place ? placeName(place.properties) : result.label);
      else markDataText(create('span', undefined, button, result.label));
      button.addEventListener('click', () => choose(result));
    }
    if (input.value.trim())
      announce(found.length ? words.found(found.length, input.value.trim()) : words.none(input.value.trim()));
  };
  input.addEventListener('input', render);
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    const first = searchDataset(ctx.dataset, input.value)[0];
    if (first) choose(first);
  });
  return () => section.remove();
}
