/** One line saying what the filters show, announced to screen readers, with a way to reset them. */
import { announce } from '../announcer.ts';
import { create } from '../dom.ts';
import { defaultState } from '../state/app-state.ts';
import { filtersChanged } from '../state/filters.ts';
import type { PanelContext } from './panel-context.ts';
import { messages } from '../i18n/i18n.ts';

/**
 * What the filters show, in the interface's language.
 * @example filterSummaryText(ctx) // 'Showing 12 of 49 events, at 3 of 8 places.'
 */
export function filterSummaryText(ctx: Pick<PanelContext, 'dataset' | 'filtered' | 'query' | 'store'>): string {
  const events = ctx.filtered().dataset.events;
  const active = ctx.query.activeFeatures(ctx.store.get());
  const places = ctx.dataset.places.features.filter((f) => active.has(f.properties.id)).length;
  const source = ctx.dataset.sources.find((s) => s.id === ctx.store.get().source);
  return messages().panel.summary(
    events.length,
    ctx.dataset.events.length,
    places,
    ctx.dataset.places.features.length,
    source?.title,
  );
}

/** @returns the function that stops it following the store */
export function setupFilterSummary(parent: HTMLElement, ctx: PanelContext): () => void {
  const row = create('div', 'filter-summary', parent);
  const text = create('p', 'filter-summary-text', row);
  const reset = create('button', 'link-button', row, messages().panel.resetFilters);
  reset.type = 'button';
  reset.addEventListener('click', () => {
    const { years, themes, source } = defaultState();
    ctx.store.set({ years, themes, source });
  });

  const render = (speak: boolean) => {
    const summary = filterSummaryText(ctx);
    text.textContent = summary;
    if (speak) announce(summary);
  };
  render(false);
  return ctx.store.subscribe((state, previous) => filtersChanged(state, previous) && render(true));
}
