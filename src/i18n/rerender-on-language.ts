/**
 * Switching the language in place: every part of the interface that shows words is registered
 * with its setup (which returns its undo, as every setup here does). When the store's `lang`
 * changes, the parts are undone, last first, and set up again in order, now in the new language.
 * Everything the reader chose lives in the store (view, selection, filters, reading pane), so it
 * survives; nothing is reloaded.
 */
import type { Language } from '../data/types.ts';
import { hasCatalogue, language, loadCatalogue, setLanguage } from './i18n.ts';

/** What the switch needs of the store: its `lang`, and to hear when it changes. */
export interface LanguageSource {
  get(): { lang: Language };
  subscribe(listener: (state: { lang: Language }, previous: { lang: Language }) => void): () => void;
}

export interface LanguageParts {
  /**
   * Sets a part up now, and again after each language switch, when `again` is true: a part that
   * moves the map when it first comes (a popup fitted into view, a tour's step) then leaves the map
   * where the reader has it.
   */
  add(setup: (again: boolean) => () => void): void;
  /** Undoes every part and sets it up again: when the words they show have changed (a translation came). */
  rerender(): void;
  /** Undoes every part and stops following the store. */
  undo(): void;
}

/**
 * Makes the store's language current and returns the register of parts to set up again when it
 * changes. Create it before anything that shows words.
 * @example
 * const parts = rerenderOnLanguage(store);
 * parts.add(() => setupPanel(panel, ctx, version));
 */
export function rerenderOnLanguage(store: LanguageSource): LanguageParts {
  setLanguage(store.get().lang);
  const parts: { setup: (again: boolean) => () => void; undo: () => void }[] = [];
  const rerender = () => {
    for (const part of [...parts].reverse()) part.undo();
    for (const part of parts) part.undo = part.setup(true);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.lang === previous.lang) return;
    const { lang } = state;
    const switchTo = () => {
      // Still the language asked for (the reader may have switched again while it loaded), and not
      // the one the parts already show (switched away and back before the words came).
      if (store.get().lang !== lang || language() === lang) return;
      setLanguage(lang);
      rerender();
    };
    // The words of a language met for the first time load first; until then the page stays as it is.
    if (hasCatalogue(lang)) switchTo();
    else void loadCatalogue(lang).then(switchTo, () => undefined);
  });
  return {
    add(setup) {
      parts.push({ setup, undo: setup(false) });
    },
    rerender,
    undo() {
      unsubscribe();
      for (const part of parts.splice(0).reverse()) part.undo();
    },
  };
}
