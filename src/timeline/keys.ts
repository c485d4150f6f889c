/** Choosing marks: which event a key moves to, and the click and key listeners. */
import { stepFrom } from './playback.ts';

/**
 * The id a key moves to: ← and → step to the previous and next event (from the focused mark, else
 * the current one); Home and End, on a mark, jump to the first and last.
 * @param ids - event ids in date order
 * @param currentId - the focused mark's id, else the selected event's, else null
 * @param onMark - whether focus is on a mark
 * @returns the id to select; null when the key is ours but there is nowhere to go (past an end);
 * undefined when the key is not ours
 * @example keyTarget('ArrowRight', ['a', 'b'], 'a', true) // 'b'
 */
export function keyTarget(
  key: string,
  ids: readonly string[],
  currentId: string | null,
  onMark: boolean,
): string | null | undefined {
  switch (key) {
    case 'ArrowRight':
      return stepFrom(ids, currentId, 1);
    case 'ArrowLeft':
      return stepFrom(ids, currentId, -1);
    case 'Home':
      return onMark ? (ids[0] ?? null) : undefined;
    case 'End':
      return onMark ? (ids[ids.length - 1] ?? null) : undefined;
    default:
      return undefined;
  }
}

/** The event id of the mark an event target is or is inside, or null. */
export function markIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>('.timeline-mark')?.dataset.eventId ?? null;
}

/**
 * Choosing marks by click and keyboard. Keys work anywhere in `root` except in form fields, which
 * need the arrows for themselves; Enter and Space on a mark select it once (the keydown is handled,
 * and the click a browser would add is prevented).
 * @returns the function that removes the listeners
 */
export function setupMarkInput(
  root: HTMLElement,
  list: HTMLElement,
  handlers: {
    /** Event ids in date order. */
    ids(): readonly string[];
    /** The id stepping continues from when focus is not on a mark. */
    current(): string | null;
    select(id: string): void;
    /** Makes the mark the one tab stop among the marks, and focuses it when `focus` is true. */
    rove(id: string | null, focus: boolean): void;
    escape(): void;
  },
): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  root.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') return handlers.escape();
      const target = event.target instanceof Element ? event.target : null;
      if (!target || target.closest('input, select, textarea') || event.altKey || event.ctrlKey || event.metaKey)
        return;
      const markId = markIdOf(target);
      if (markId !== null && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        return handlers.select(markId);
      }
      const next = keyTarget(event.key, handlers.ids(), markId ?? handlers.current(), markId !== null);
      if (next === undefined) return;
      event.preventDefault();
      if (next === null) return;
      handlers.select(next);
      if (markId !== null) handlers.rove(next, true);
    },
    { signal },
  );
  // A button activates on Space's keyup; the keydown already selected.
  root.addEventListener(
    'keyup',
    (event) => {
      if (event.key === ' ' && markIdOf(event.target) !== null) event.preventDefault();
    },
    { signal },
  );
  list.addEventListener(
    'click',
    (event) => {
      const id = markIdOf(event.target);
      if (id !== null) handlers.select(id);
    },
    { signal },
  );
  list.addEventListener('focusin', (event) => handlers.rove(markIdOf(event.target), false), { signal });
  return () => controller.abort();
}
