/**
 * A small notice at the foot of an element (the map), for things the reader should know but need
 * not act on. Its text sits in a role="status" region that stays in the page, so screen readers
 * announce each message politely; it has a Dismiss button and hides itself after a while, a wait
 * that pauses while the pointer or the keyboard focus is on it. Text only: never HTML.
 */
import { create } from './dom.ts';
import { messages } from './i18n/i18n.ts';

export interface NoticeOptions {
  /** Milliseconds a message stays before it hides itself. */
  hideAfterMs: number;
}

export interface Notice {
  /** Shows `message` (replacing any other) and restarts the wait before it hides. */
  show(message: string): void;
  hide(): void;
}

const defaultOptions: NoticeOptions = { hideAfterMs: 8000 };

/**
 * Adds an empty notice to `parent` (which should be positioned) and returns what shows and hides it.
 * @example
 * const notice = createNotice(map.getContainer());
 * notice.show('Streets could not be loaded; showing the offline map.');
 */
export function createNotice(parent: HTMLElement, options: Partial<NoticeOptions> = {}): Notice {
  const { hideAfterMs } = { ...defaultOptions, ...options };
  // Looks in src/styles/notices.css: `.notice`, and `.notice-open` while it shows a message.
  const box = create('div', 'notice', parent);
  const text = create('p', 'notice-text', box);
  text.setAttribute('role', 'status');
  const dismiss = create('button', 'notice-dismiss', box, '×');
  dismiss.type = 'button';
  dismiss.hidden = true;

  let timer: ReturnType<typeof setTimeout> | undefined;
  /** What holds the notice open: the pointer over it, the focus in it. */
  const holds = new Set<'pointer' | 'focus'>();
  const wait = () => {
    clearTimeout(timer);
    if (holds.size === 0 && text.textContent) timer = setTimeout(hide, hideAfterMs);
  };
  const hold = (by: 'pointer' | 'focus', on: boolean) => () => {
    if (on) holds.add(by);
    else holds.delete(by);
    wait();
  };

  function hide(): void {
    clearTimeout(timer);
    // Focus would be lost with the button: hand it to the parent (the map), if it takes focus.
    if (box.contains(document.activeElement)) parent.focus({ preventScroll: true });
    text.textContent = '';
    dismiss.hidden = true;
    holds.clear();
    box.classList.remove('notice-open');
  }

  function show(message: string): void {
    text.textContent = message;
    // Named when shown, so it speaks the language of the message it closes.
    dismiss.setAttribute('aria-label', messages().notices.dismiss);
    dismiss.title = messages().notices.dismissTitle;
    dismiss.hidden = false;
    box.classList.add('notice-open');
    wait();
  }

  dismiss.addEventListener('click', hide);
  box.addEventListener('mouseenter', hold('pointer', true));
  box.addEventListener('mouseleave', hold('pointer', false));
  box.addEventListener('focusin', hold('focus', true));
  box.addEventListener('focusout', hold('focus', false));
  return { show, hide };
}
