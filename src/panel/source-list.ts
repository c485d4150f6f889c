/** Each source with the number of events citing it; choosing one narrows map and list to its events. */
import { create, externalLink } from '../dom.ts';
import { filtersChanged } from '../state/filters.ts';
import type { PanelContext } from './panel-context.ts';
import { formatDate, markOriginalText, messages } from '../i18n/i18n.ts';

/** @returns the function that stops it following the store */
export function setupSourceList(parent: HTMLElement, ctx: PanelContext): () => void {
  const words = messages();
  const section = create('section', 'panel-section source-list', parent);
  const heading = create('h2', 'panel-heading', section, words.panel.sources);
  heading.id = 'sources-heading';
  const list = create('ul', 'source-items', section);
  list.setAttribute('aria-labelledby', heading.id);
  const counts = new Map<string, HTMLElement>();
  const buttons = new Map<string, HTMLButtonElement>();

  for (const source of ctx.dataset.sources) {
    const item = create('li', 'source-item', list);
    item.dataset.sourceId = source.id;
    const address = source.url ?? source.archiveUrl;
    const title = address ? externalLink(address, source.title, item) : create('span', undefined, item, source.title);
    title.classList.add('source-title');
    markOriginalText(title);
    create(
      'span',
      'source-meta',
      item,
      ` — ${source.publisher}, ${formatDate(source.published)}${source.kind === 'corroborating' ? words.panel.usedToDate : ''}`,
    );
    const row = create('div', 'source-row', item);
    counts.set(source.id, create('span', 'source-count', row));
    const button = create('button', 'source-button', row, words.panel.showOnlyItsEvents);
    button.type = 'button';
    button.addEventListener('click', () => {
      ctx.store.set({ source: ctx.store.get().source === source.id ? null : source.id });
    });
    buttons.set(source.id, button);
  }

  const render = () => {
    const state = ctx.store.get();
    // Counts under the years and themes, whatever source is chosen.
    const eventCounts = ctx.query.sourceCounts(state);
    const citedByShown = ctx.query.citedSources(state);
    for (const source of ctx.dataset.sources) {
      const n = eventCounts.get(source.id) ?? 0;
      const count = counts.get(source.id);
      if (count) count.textContent = words.events(n);
      // The printed page lists only the sources of the events shown (src/styles/print.css).
      count?.closest('.source-item')?.classList.toggle('source-item-uncited', !citedByShown.has(source.id));
      const button = buttons.get(source.id);
      if (!button) continue;
      const chosen = state.source === source.id;
      // A toggle keeps its name; aria-pressed (and its look) says whether it is on.
      button.setAttribute('aria-pressed', String(chosen));
      button.closest('.source-item')?.classList.toggle('source-item-selected', chosen);
    }
  };
  render();
  return ctx.store.subscribe((state, previous) => filtersChanged(state, previous) && render());
}
