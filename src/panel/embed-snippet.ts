/** "Embed this view": an <iframe> snippet that shows exactly this view, without the panel. */
import { create } from '../dom.ts';
import type { AppState } from '../state/app-state.ts';
import { messages } from '../i18n/i18n.ts';
import { linkToState } from '../state/url-state.ts';

/**
 * The HTML a host pastes to embed the view, as text (it is shown in a text area, never parsed).
 * @example embedSnippet(state, 'https://example.org/map/', 'China–Mali relations') // '<iframe src="https://example.org/map/#…&embed=1" …'
 */
export function embedSnippet(state: AppState, page: string, title: string): string {
  const src = linkToState({ ...state, embed: true }, page);
  const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="600" loading="lazy" style="border:0"></iframe>`;
}

/**
 * Adds the "Embed this view" button and its text area to `parent`.
 * @returns the function that removes them
 */
export function setupEmbedSnippet(parent: HTMLElement, state: () => AppState, title: string): () => void {
  const button = create('button', 'share-button', parent, messages().tour.embed);
  button.type = 'button';
  const label = create('label', 'embed-snippet', parent.parentElement ?? parent);
  label.hidden = true;
  create('span', undefined, label, messages().tour.embedHelp);
  const area = create('textarea', undefined, label);
  area.readOnly = true;
  area.rows = 4;
  button.addEventListener('click', () => {
    area.value = embedSnippet(state(), location.href, title);
    label.hidden = false;
    area.select();
  });
  return () => {
    button.remove();
    label.remove();
  };
}
