/**
 * Without a map (no WebGL), the selected feature's popup content is shown in its own section (where
 * the map would be), so places, events and sources stay readable.
 */
import { create } from '../dom.ts';
import { handleEventButtons } from '../popups/event-list.ts';
import { buildFeaturePopup } from '../popups/feature-popup.ts';
import { filtersChanged } from '../state/filters.ts';
import { select, selectionChanged } from '../state/selection.ts';
import type { PanelContext } from './panel-context.ts';
import { messages } from '../i18n/i18n.ts';

/** @returns the function that removes it and stops it following the store */
export function setupPlaceDetail(parent: HTMLElement, ctx: PanelContext): () => void {
  const section = create('section', 'panel-section place-detail', parent);
  section.setAttribute('aria-label', messages().panel.selectedPlace);
  section.hidden = true;
  const render = (moveFocus: boolean) => {
    const id = ctx.store.get().selected;
    const detail = id ? buildFeaturePopup(id, ctx.filtered(), ctx.store.get().event)?.content : undefined;
    if (detail && id) handleEventButtons(detail, (eventId) => select(ctx.store, id, { eventId }));
    section.replaceChildren(...(detail ? [detail] : []));
    section.hidden = !detail;
    if (moveFocus) detail?.querySelector<HTMLElement>('.popup-title')?.focus();
  };
  render(false);
  const unsubscribe = ctx.store.subscribe((state, previous) => {
    if (selectionChanged(state, previous)) render(true);
    else if (filtersChanged(state, previous)) render(false);
  });
  return () => {
    unsubscribe();
    section.remove();
  };
}
