/** The page's own words (index.html's title, header, skip link and landmarks' names), in the current language. */
import { language, messages } from './i18n/i18n.ts';

/**
 * Writes the page's static texts and `<html lang>` in the current language.
 * @returns nothing to undo: the next call rewrites them
 */
export function applyPageTexts(doc: Document = document): () => void {
  const words = messages().page;
  doc.documentElement.lang = language();
  doc.title = words.title;
  const set = (selector: string, write: (element: Element) => void) => {
    const element = doc.querySelector(selector);
    if (element) write(element);
  };
  set('.site-header h1', (h1) => (h1.textContent = words.title));
  set('.site-tagline', (p) => (p.textContent = words.tagline));
  set('.skip-link', (a) => (a.textContent = words.skipLink));
  set('#panel', (panel) => panel.setAttribute('aria-label', words.panel));
  set('#map', (map) => map.setAttribute('aria-label', words.map));
  set('#reading-pane', (pane) => pane.setAttribute('aria-label', words.readingPane));
  set('meta[name="description"]', (meta) => meta.setAttribute('content', words.tagline));
  return () => undefined;
}
