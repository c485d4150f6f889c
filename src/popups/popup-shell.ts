/** The frame every popup shares: an article named by its title, which can take focus. */
import { create } from '../dom.ts';

/** Returns the article; its title (an h2 that can be focused) is already in it. */
export function createPopupShell(featureId: string, title: string): HTMLElement {
  const root = create('article', 'popup');
  const titleId = `popup-title-${featureId}`;
  root.setAttribute('aria-labelledby', titleId);
  const heading = create('h2', 'popup-title', root, title);
  heading.id = titleId;
  heading.tabIndex = -1;
  return root;
}
