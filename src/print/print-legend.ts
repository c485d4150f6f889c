/**
 * The printed page's legend under the map: what the filters show, in words, a key to every symbol
 * drawn (the layer control's swatches, less the layers switched off) and the map's credits.
 */
import { create } from '../dom.ts';
import type { LayerToggle, LayerToggleGroup, LegendEntry } from '../layers/data-layer.ts';
import { messages } from '../i18n/i18n.ts';

/** One group of the key: its title and the symbols drawn. */
export interface PrintLegendGroup {
  title: string;
  entries: { label: string; swatch: LayerToggle['swatch'] | LegendEntry['swatch'] }[];
}

/**
 * The layer control's groups less the toggles switched off; a group left with no toggle is left out,
 * with its extra keys (a halo means nothing without its places).
 * @example visibleLegend(groups, ['towns']) // every group, without the Towns entry
 */
export function visibleLegend(groups: readonly LayerToggleGroup[], hidden: readonly string[]): PrintLegendGroup[] {
  return groups.flatMap((group) => {
    const shown = group.toggles.filter((toggle) => !hidden.includes(toggle.key));
    if (!shown.length) return [];
    const entries = [...shown, ...(group.legend ?? [])].map(({ label, swatch }) => ({ label, swatch }));
    return [{ title: group.title, entries }];
  });
}

/** What the legend says. */
export interface PrintLegendText {
  /** What the filters show, e.g. "Showing 12 of 49 events, at 3 of 8 places." */
  summary: string;
  /** The years and themes, e.g. "Filters: years 2010–2026 · all themes". */
  filters: string;
  groups: readonly PrintLegendGroup[];
  /** The map's credits; undefined without a map. */
  credits?: string;
}

/**
 * Builds the legend, a section shown only in print.
 * @example page.map.after(buildPrintLegend({ summary, filters, groups, credits }))
 */
export function buildPrintLegend(text: PrintLegendText): HTMLElement {
  const words = messages().print;
  const section = create('section', 'print-only print-legend');
  create('p', 'print-summary', section, text.summary);
  create('p', 'print-filters', section, text.filters);
  if (text.groups.length) {
    const key = create('div', 'print-key', section);
    create('h2', 'print-heading', key, words.legend);
    for (const group of text.groups) {
      const list = create('ul', 'print-key-group', key);
      create('li', 'print-key-title', list, group.title);
      for (const entry of group.entries) {
        const item = create('li', 'print-key-item', list);
        const swatch = create('span', `layer-swatch layer-swatch-${entry.swatch.shape}`, item);
        swatch.style.setProperty('--swatch-color', entry.swatch.color);
        swatch.setAttribute('aria-hidden', 'true');
        create('span', undefined, item, entry.label);
      }
    }
  }
  if (text.credits) create('p', 'print-credits', section, words.credits(text.credits));
  return section;
}
