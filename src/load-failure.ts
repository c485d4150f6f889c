/**
 * What the page says when something it needs could not be loaded: the reason in plain words and a
 * Retry button, where the map would be, so a failed load never leaves a blank map.
 */
import { create } from './dom.ts';
import { messages } from './i18n/i18n.ts';

/**
 * Shows `message` with a Retry button in `parent`; Retry removes the notice and calls `onRetry`.
 * The button takes the focus unless `focus` is false (a failure while the reader is busy elsewhere).
 * @returns the function that removes the notice
 * @example showLoadFailure(mapElement, 'The map’s data could not be loaded.', () => load())
 */
export function showLoadFailure(
  parent: HTMLElement,
  message: string,
  onRetry: () => void,
  { focus = true }: { focus?: boolean } = {},
): () => void {
  const box = create('div', 'load-failure', parent);
  box.setAttribute('role', 'alert');
  create('p', 'load-failure-text', box, message);
  const retry = create('button', 'load-failure-retry', box, messages().notices.retry);
  retry.type = 'button';
  const remove = () => box.remove();
  retry.addEventListener('click', () => {
    remove();
    onRetry();
  });
  if (focus) retry.focus({ preventScroll: true });
  return remove;
}
