/**
 * A small notice at the foot of an element (the map), for things the reader should know but need
 * not act on. Its text sits in a role="status" region that stays in the page, so screen readers
 * announce each message politely; it has a Dismiss button and hides itself after a while, a wait
 * that pauses while the pointer or the keyboard focus is on it. Text only: never HTML.
 */
import { create } from './dom.ts';

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

// Inline, so the notice brings its own looks wherever it is used; colours from src/style.css.
const BOX_STYLE: Partial<CSSStyleDeclaration> = {
  position: 'absolute',
  left: '50%',
  // Clear of the scale and attribution, and of the panel's 3rem bottom sheet on phones.
  bottom: '4rem',
  transform: 'translateX(-50%)',
  zIndex: '4',
  display: 'flex',
  alignItems: 'center',
  gap: '0.5rem',
  width: 'max-content',
  maxWidth: 'calc(100% - 1.5rem)',
  fontSize: '0.85rem',
  lineHeight: '1.35',
  borderRadius: '4px',
};
const OPEN_STYLE: Partial<CSSStyleDeclaration> = {
  padding: '0.5rem 0.4rem 0.5rem 0.8rem',
  background: 'var(--panel, #fff)',
  color: 'var(--ink, #1f1f1f)',
  borderLeft: '4px solid #b35900',
  boxShadow: '0 1px 6px rgba(0, 0, 0, 0.3)',
  pointerEvents: 'auto',
};
// Closed, the box keeps its live region in the page but takes no room and no clicks.
const CLOSED_STYLE: Partial<CSSStyleDeclaration> = {
  padding: '0',
  background: 'none',
  borderLeft: '0',
  boxShadow: 'none',
  pointerEvents: 'none',
};
const BUTTON_STYLE: Partial<CSSStyleDeclaration> = {
  flex: 'none',
  width: '1.75rem',
  height: '1.75rem',
  border: '0',
  background: 'none',
  color: 'inherit',
  fontSize: '1.2rem',
  lineHeight: '1',
  cursor: 'pointer',
};

/**
 * Adds an empty notice to `parent` (which should be positioned) and returns what shows and hides it.
 * @example
 * const notice = createNotice(map.getContainer());
 * notice.show('Streets could not be loaded; showing the offline map.');
 */
export function createNotice(parent: HTMLElement, options: Partial<NoticeOptions> = {}): Notice {
  const { hideAfterMs } = { ...defaultOptions, ...options };
  const box = create('div', 'notice', parent);
  Object.assign(box.style, BOX_STYLE, CLOSED_STYLE);
  const text = create('p', 'notice-text', box);
  text.setAttribute('role', 'status');
  text.style.margin = '0';
  const dismiss = create('button', 'notice-dismiss', box, '×');
  dismiss.type = 'button';
  dismiss.setAttribute('aria-label', 'Dismiss notice');
  dismiss.title = 'Dismiss';
  dismiss.hidden = true;
  Object.assign(dismiss.style, BUTTON_STYLE);

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
    Object.assign(box.style, CLOSED_STYLE);
  }

  function show(message: string): void {
    text.textContent = message;
    dismiss.hidden = false;
    Object.assign(box.style, OPEN_STYLE);
    wait();
  }

  dismiss.addEventListener('click', hide);
  box.addEventListener('mouseenter', hold('pointer', true));
  box.addEventListener('mouseleave', hold('pointer', false));
  box.addEventListener('focusin', hold('focus', true));
  box.addEventListener('focusout', hold('focus', false));
  return { show, hide };
}
