/**
 * The panel beside the map (a bottom sheet on phones): search, filters, the places and sources
 * lists, and sharing. Everything in it works by keyboard and without the map.
 */
import { create } from '../dom.ts';
import { combineUndo } from '../state/store.ts';
import { setupFilterSummary } from './filter-summary.ts';
import type { PanelContext } from './panel-context.ts';
import { setupPlaceList } from './place-list.ts';
import { setupSearch } from './search.ts';
import { setupShare } from './share.ts';
import { setupSourceList } from './source-list.ts';
import { setupThemeFilter } from './theme-filter.ts';
import { setupYearFilter } from './year-filter.ts';
import { messages } from '../i18n/i18n.ts';

/**
 * Fills the panel element: the phone sheet's toggle, then search, filters, lists and sharing.
 * @returns the function that empties it and stops every part following the store
 */
export function setupPanel(panel: HTMLElement, ctx: PanelContext, version: string): () => void {
  // On a phone the panel is a sheet: this button opens and closes it; on wider screens it is hidden.
  const toggle = create('button', 'panel-toggle', panel, messages().panel.toggle);
  toggle.type = 'button';
  // Set up again after a language switch, the sheet keeps its state.
  toggle.setAttribute('aria-expanded', String(panel.classList.contains('panel-open')));
  toggle.setAttribute('aria-controls', 'panel-body');
  const body = create('div', 'panel-body', panel);
  body.id = 'panel-body';
  const setOpen = (open: boolean) => {
    panel.classList.toggle('panel-open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => setOpen(!panel.classList.contains('panel-open')));
  // Choosing a place on a phone closes the sheet, so its popup can be read on the map.
  const unsubscribe = ctx.store.subscribe((state, previous) => {
    if (
      state.selected &&
      state.selected !== previous.selected &&
      ctx.hasMap() &&
      getComputedStyle(toggle).display !== 'none'
    )
      setOpen(false);
  });

  const undoSearch = setupSearch(body, ctx);
  const filters = create('section', 'panel-section panel-filters', body);
  create('h2', 'panel-heading', filters, messages().panel.filters);
  return combineUndo(
    unsubscribe,
    undoSearch,
    setupFilterSummary(filters, ctx),
    setupYearFilter(filters, ctx),
    setupThemeFilter(filters, ctx),
    setupPlaceList(body, ctx),
    setupSourceList(body, ctx),
    setupShare(body, ctx, version),
    () => panel.replaceChildren(),
  );
}
