/**
 * Long lists shown a page at a time: the first rows, then a "Show more" button as the last item.
 * The page's size stays the same whatever the data (10,000 places are 100 rows until asked), and,
 * unlike a virtual list that swaps rows while scrolling, every row shown is in the document, so the
 * browser's find, a screen reader's list navigation and printing all see it.
 */
import { create } from './dom.ts';
import { messages } from './i18n/i18n.ts';

/** Rows added by each "Show more". */
export const PAGE_SIZE = 100;

/**
 * Replaces `list`'s items with the first `limit` of `items` (each drawn by `draw` into its `<li>`),
 * then the item at `pinned` if it lies beyond them (a place chosen on the map is always listed, and
 * listing it does not draw the thousands before it), and, when some are left, a last item whose
 * button calls `onMore`.
 * @example renderPage(ul, places, 100, (place, li) => li.append(place.name), () => render(200))
 */
export function renderPage<T>(
  list: HTMLElement,
  items: readonly T[],
  limit: number,
  draw: (item: T, row: HTMLLIElement) => void,
  onMore: () => void,
  pinned = -1,
): void {
  list.replaceChildren();
  for (const item of items.slice(0, limit)) draw(item, create('li', undefined, list));
  const extra = pinned >= limit ? items[pinned] : undefined;
  if (extra !== undefined) draw(extra, create('li', undefined, list));
  const left = items.length - limit;
  if (left <= 0) return;
  const more = create('button', 'link-button show-more', create('li', 'show-more-item', list));
  more.type = 'button';
  more.textContent = messages().panel.showMore(Math.min(PAGE_SIZE, left), left);
  more.addEventListener('click', onMore);
}
