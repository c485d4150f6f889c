/**
 * The language switch in the page header: a labelled group of two toggle buttons, "English" and
 * "Français", each named in its own language, the current one pressed. It only writes the store's
 * `lang`; src/i18n/rerender-on-language.ts redraws the interface.
 */
import { create } from './dom.ts';
import { LANGUAGES, type Language } from './data/types.ts';
import { messages } from './i18n/i18n.ts';

/** Each language's name in that language, as readers look for it. */
const NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

/** What the switch needs of the store. */
export interface LanguageStore {
  get(): { lang: Language };
  set(patch: { lang: Language }): void;
  subscribe(listener: (state: { lang: Language }) => void): () => void;
}

/**
 * Brings the switch in `parent` (the page header) to life: the one index.html holds, so that the
 * title wraps beside it from the first paint (added by script, it made the title wrap late and the
 * page below shift: 0.023 of layout shift on a phone), or a new one.
 * @returns the function that removes it
 */
export function setupLanguageSwitch(parent: HTMLElement, store: LanguageStore): () => void {
  const group = parent.querySelector<HTMLElement>(':scope > .language-switch') ?? create('div', 'language-switch');
  // First in the header, so it floats at the right of the title.
  if (group.parentElement !== parent) parent.prepend(group);
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', messages().page.language);
  const buttons = LANGUAGES.map((lang) => {
    const button =
      group.querySelector<HTMLButtonElement>(`:scope > button[lang="${lang}"]`) ??
      create('button', 'language-button', group, NAMES[lang]);
    button.type = 'button';
    button.lang = lang;
    button.addEventListener('click', () => store.set({ lang }));
    return { lang, button };
  });
  // Kept, not rebuilt, on a switch, so the focus stays on the button just pressed.
  const render = () => {
    group.setAttribute('aria-label', messages().page.language);
    for (const { lang, button } of buttons) button.setAttribute('aria-pressed', String(store.get().lang === lang));
  };
  render();
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    group.remove();
  };
}
