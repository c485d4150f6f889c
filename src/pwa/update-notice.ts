/**
 * "A new version is available." with a Reload button, over the map, once a new version of the app
 * has been downloaded and is waiting. It looks like the other notices (src/notice.ts) but stays
 * until the reader acts: Reload switches to the new version (the view, filters and chosen place
 * are in the address, so they survive), Dismiss keeps the current one until the map is next opened.
 * Its text sits in a role="status" region, announced politely; it never takes the focus. Text only.
 */
import { create } from '../dom.ts';
import { messages } from '../i18n/i18n.ts';
import './update-notice.css';

/**
 * How long a live region made on demand stays empty before its first message: screen readers
 * announce a change to a region already in the page, not a region that arrives with its text.
 */
export const LIVE_REGION_DELAY_MS = 500;

export interface UpdateNotice {
  /** Shows the message and its Reload button. */
  show(): void;
  hide(): void;
  /** Takes the notice out of the page. */
  remove(): void;
}

/**
 * Returns the update notice for `parent` (which should be positioned; the map is). Nothing is added
 * to the page until the first `show`, so a page with no update keeps its DOM as it was.
 *
 * @param parent - where the notice goes
 * @param onReload - what Reload does: switch to the waiting version and reload the page
 * @returns what shows, hides and removes the notice
 * @example
 * const notice = createUpdateNotice(mapElement, () => void updateSW(true));
 * notice.show();
 */
export function createUpdateNotice(parent: HTMLElement, onReload: () => void): UpdateNotice {
  let parts: ReturnType<typeof build> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function build() {
    // Looks in src/styles/notices.css (`.notice`, `.notice-open`) and ./update-notice.css.
    const box = create('div', 'notice update-notice', parent);
    const text = create('p', 'notice-text', box);
    text.setAttribute('role', 'status');
    const reload = create('button', 'update-notice-reload', box);
    reload.type = 'button';
    const dismiss = create('button', 'notice-dismiss', box, '×');
    dismiss.type = 'button';
    reload.addEventListener('click', () => {
      text.textContent = messages().notices.updating;
      onReload();
    });
    dismiss.addEventListener('click', hide);
    return { box, text, reload, dismiss, buttons: [reload, dismiss] };
  }

  /** Opens the notice with its message, or closes it to an empty live region with no buttons. */
  function set(open: boolean): void {
    if (!parts) return;
    if (!open && parts.box.contains(document.activeElement)) {
      // Focus would be lost with the buttons: hand it to the parent (the map), if it takes focus.
      parent.focus({ preventScroll: true });
    }
    // Worded when opened, in the language the page is in by then.
    const words = messages().notices;
    parts.text.textContent = open ? words.update : '';
    parts.reload.textContent = words.reload;
    parts.reload.setAttribute('aria-label', words.reloadLabel);
    parts.reload.title = words.reloadTitle;
    parts.dismiss.setAttribute('aria-label', words.dismiss);
    parts.dismiss.title = words.dismissTitle;
    for (const button of parts.buttons) button.hidden = !open;
    parts.box.classList.toggle('notice-open', open);
  }

  function show(): void {
    clearTimeout(timer);
    if (parts) return set(true);
    parts = build();
    set(false);
    timer = setTimeout(() => set(true), LIVE_REGION_DELAY_MS);
  }

  function hide(): void {
    clearTimeout(timer);
    set(false);
  }

  return {
    show,
    hide,
    remove: () => {
      clearTimeout(timer);
      parts?.box.remove();
      parts = undefined;
    },
  };
}
