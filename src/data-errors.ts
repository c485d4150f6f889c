/** Shows data problems on the page as text, so an editor sees them even in a running map. */
import { create } from './dom.ts';
import { messages } from './i18n/i18n.ts';

/**
 * Lists `errors` (each already saying file, record, field and what was expected) in an alert.
 * @example showDataErrors(['geodata/events.json, event "x" (index 3), field "date": expected …'], document.body)
 */
export function showDataErrors(errors: readonly string[], parent: HTMLElement): void {
  const notice = create('section', 'data-errors', parent);
  notice.setAttribute('role', 'alert');
  create('h2', undefined, notice, messages().notices.dataErrors(errors.length));
  // Each error is an editor's message about a data file, written in English.
  const list = create('ul', undefined, notice);
  list.lang = 'en';
  for (const error of errors) create('li', undefined, list, error);
}
