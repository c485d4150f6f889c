/**
 * The printed page (issue 12): when the browser prints (Ctrl+P, its Print menu, or a PDF made from
 * the page), the page is given what paper needs and the screen does not — the view's link and the
 * date under the title, the map as an image (the WebGL canvas prints blank), a legend with the
 * filters in words and the credits, and, for a chosen place, its events in full — and they are taken
 * away after. src/styles/print.css lays the page out on A4 and leaves out everything interactive.
 */
import { todayIso } from '../data/dates.ts';
import { create } from '../dom.ts';
import type { LayerToggleGroup } from '../layers/data-layer.ts';
import { messages } from '../i18n/i18n.ts';
import { filterSummaryText } from '../panel/filter-summary.ts';
import type { PanelContext } from '../panel/panel-context.ts';
import { mapCredits } from '../panel/save-image.ts';
import { linkToState } from '../state/url-state.ts';
import { buildPrintLegend, visibleLegend } from './print-legend.ts';
import { buildPrintPlace } from './print-place.ts';
import { filtersLine, printedLine } from './print-words.ts';

/** The page's parts the printed additions go into or after. */
export interface PrintPage {
  /** The site header, with the title (h1) the link and date go under. */
  header: HTMLElement;
  /** The map's element: the image goes in it, the legend after it. */
  map: HTMLElement;
  /** The reading pane: a chosen place's events go after it. */
  readingPane: HTMLElement;
}

export interface PrintOptions {
  version: string;
  /** The map as drawn now, as an image address (src/export/map-image.ts); null without a drawn map. */
  snapshot: () => string | null;
  /** The layer control's groups, in the current language. */
  legend: () => LayerToggleGroup[];
}

/**
 * Prepares the page for print on `beforeprint` (and when the print media query starts to match, for
 * browsers that say so only that way), and restores it on `afterprint`.
 * @returns the function that stops listening and removes anything added
 * @example language.add(() => setupPrintView({ header, map, readingPane }, ctx, { version, snapshot, legend }))
 */
export function setupPrintView(page: PrintPage, ctx: PanelContext, options: PrintOptions): () => void {
  let added: HTMLElement[] = [];

  const prepare = () => {
    // Both events come for one print: the page is prepared once.
    if (added.length) return;
    const state = ctx.store.get();
    const words = messages().print;
    const header = create('div', 'print-only print-header');
    create('p', 'print-date', header, printedLine(todayIso(), options.version));
    const link = create('p', 'print-link', header, words.link);
    create('span', 'print-url', link, linkToState(state));
    const title = page.header.querySelector('h1');
    if (title) title.after(header);
    else page.header.prepend(header);
    added.push(header);

    const image = snapshotImage(options.snapshot);
    if (image) {
      page.map.append(image);
      added.push(image);
    }
    const legend = buildPrintLegend({
      summary: filterSummaryText(ctx),
      filters: filtersLine(state),
      groups: ctx.hasMap() ? visibleLegend(options.legend(), state.hiddenLayers) : [],
      credits: ctx.hasMap() ? mapCredits() : undefined,
    });
    page.map.after(legend);
    added.push(legend);

    // A chosen event is in the reading pane already; a place chosen alone gets its events in full.
    const place = state.selected && !state.event ? buildPrintPlace(state.selected, ctx.filtered()) : undefined;
    if (place) {
      page.readingPane.after(place);
      added.push(place);
    }
  };
  const restore = () => {
    for (const element of added) element.remove();
    added = [];
  };

  const printMedia = window.matchMedia('print');
  const onMediaChange = (change: MediaQueryListEvent) => (change.matches ? prepare() : restore());
  window.addEventListener('beforeprint', prepare);
  window.addEventListener('afterprint', restore);
  printMedia.addEventListener('change', onMediaChange);
  return () => {
    window.removeEventListener('beforeprint', prepare);
    window.removeEventListener('afterprint', restore);
    printMedia.removeEventListener('change', onMediaChange);
    restore();
  };
}

/** The map as an image for print, or null when there is none (no map, or a canvas that cannot be read). */
function snapshotImage(snapshot: () => string | null): HTMLImageElement | null {
  let address: string | null;
  try {
    address = snapshot();
  } catch {
    // The canvas prints as it can; the rest of the page still does.
    return null;
  }
  if (!address) return null;
  // A data: URL loads at once, so the image is there when the browser lays the page out for print.
  const image = create('img', 'print-only print-map-image');
  image.alt = messages().print.mapImage;
  image.src = address;
  return image;
}
