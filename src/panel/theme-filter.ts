/** Theme checkboxes, each with the number of events it would show under the other filters. */
import { create } from '../dom.ts';
import { THEMES, type Theme } from '../data/types.ts';
import { filtersChanged } from '../state/filters.ts';
import type { PanelContext } from './panel-context.ts';
import { messages } from '../i18n/i18n.ts';

/** @returns the function that stops it following the store */
export function setupThemeFilter(parent: HTMLElement, ctx: PanelContext): () => void {
  const words = messages().panel;
  const fieldset = create('fieldset', 'filter filter-themes', parent);
  create('legend', undefined, fieldset, words.themes);
  const list = create('div', 'theme-options', fieldset);
  const boxes = new Map<Theme, { input: HTMLInputElement; count: HTMLElement }>();
  for (const theme of THEMES) {
    const label = create('label', 'theme-option', list);
    const input = create('input', undefined, label);
    input.type = 'checkbox';
    input.value = theme;
    input.addEventListener('change', () => {
      const chosen = ctx.store.get().themes.filter((t) => t !== theme);
      // Keep the fixed order, so the address is the same however the themes were ticked.
      ctx.store.set({ themes: THEMES.filter((t) => (t === theme ? input.checked : chosen.includes(t))) });
    });
    create('span', 'theme-name', label, words.themeNames[theme]);
    boxes.set(theme, { input, count: create('span', 'theme-count', label) });
  }
  const buttons = create('div', 'theme-buttons', fieldset);
  const all = create('button', 'link-button', buttons, words.allThemes);
  all.type = 'button';
  all.addEventListener('click', () => ctx.store.set({ themes: [...THEMES] }));
  const none = create('button', 'link-button', buttons, words.noThemes);
  none.type = 'button';
  none.addEventListener('click', () => ctx.store.set({ themes: [] }));

  const render = () => {
    const state = ctx.store.get();
    const counts = ctx.query.themeCounts(state);
    for (const [theme, { input, count }] of boxes) {
      input.checked = state.themes.includes(theme);
      count.textContent = ` (${counts.get(theme) ?? 0})`;
    }
  };
  render();
  return ctx.store.subscribe((state, previous) => filtersChanged(state, previous) && render());
}
