/**
 * One tooltip for all marks: title and date, shown on hover and on focus. It stays while the pointer
 * moves onto it and Escape dismisses it (WCAG 1.4.13). Screen readers get the same words from the
 * mark's name, so the tooltip itself is hidden from them.
 */
import { create } from '../dom.ts';

/** Delay before a tooltip left by the pointer hides, so the pointer can reach it. */
export const HIDE_DELAY_MS = 150;

export interface Tooltip {
  hide(): void;
  destroy(): void;
}

/**
 * Sets up the tooltip inside `root` for the marks in `marks`.
 * @param textFor - title and date of the mark with that event id, or null
 */
export function setupTooltip(
  root: HTMLElement,
  marks: HTMLElement,
  viewport: HTMLElement,
  textFor: (eventId: string) => { title: string; date: string } | null,
): Tooltip {
  const controller = new AbortController();
  const { signal } = controller;
  const view = root.ownerDocument.defaultView ?? window;
  const tip = create('div', 'timeline-tooltip', root);
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  const title = create('strong', 'timeline-tooltip-title', tip);
  const date = create('span', 'timeline-tooltip-date', tip);
  let hideTimer: number | undefined;

  const cancelHide = () => {
    view.clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const hide = () => {
    cancelHide();
    tip.hidden = true;
  };
  const hideSoon = () => {
    cancelHide();
    hideTimer = view.setTimeout(hide, HIDE_DELAY_MS);
  };
  const show = (button: HTMLElement) => {
    const text = textFor(button.dataset.eventId ?? '');
    if (!text) return;
    cancelHide();
    title.textContent = text.title;
    date.textContent = text.date;
    tip.hidden = false;
    // Centre on the visible part of the mark (a long span may run off the scroller), then keep it inside.
    const box = button.getBoundingClientRect();
    const port = viewport.getBoundingClientRect();
    const frame = root.getBoundingClientRect();
    const left = Math.max(box.left, port.left);
    const right = Math.min(box.right, port.right);
    const half = tip.offsetWidth / 2;
    const centre = (left + right) / 2 - frame.left;
    tip.style.left = `${Math.max(half, Math.min(frame.width - half, centre))}px`;
    tip.style.top = `${box.top - frame.top}px`;
  };
  const markOf = (event: Event) =>
    event.target instanceof Element ? event.target.closest<HTMLElement>('.timeline-mark') : null;

  marks.addEventListener(
    'pointerover',
    (event) => {
      const mark = markOf(event);
      if (mark) show(mark);
    },
    { signal },
  );
  marks.addEventListener(
    'pointerout',
    (event) => {
      if (markOf(event)) hideSoon();
    },
    { signal },
  );
  marks.addEventListener(
    'focusin',
    (event) => {
      const mark = markOf(event);
      if (mark) show(mark);
    },
    { signal },
  );
  marks.addEventListener('focusout', hide, { signal });
  tip.addEventListener('pointerenter', cancelHide, { signal });
  tip.addEventListener('pointerleave', hideSoon, { signal });
  viewport.addEventListener('scroll', hide, { signal, passive: true });
  root.ownerDocument.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && !tip.hidden) hide();
    },
    { signal },
  );

  return {
    hide,
    destroy() {
      cancelHide();
      controller.abort();
      tip.remove();
    },
  };
}
