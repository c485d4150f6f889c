/** Shows data problems on the page as text, so an editor sees them even in a running map. */
import { create } from './dom.ts';
import { formatDataError } from './data/load-dataset.ts';
import type { DataError } from './data/types.ts';

export function showDataErrors(errors: DataError[], parent: HTMLElement): void {
  const notice = create('section', 'data-errors', parent);
  notice.setAttribute('role', 'alert');
  create(
    'h2',
    undefined,
    notice,
    `Some data could not be shown (${errors.length} problem${errors.length === 1 ? '' : 's'})`,
  );
  const list = create('ul', undefined, notice);
  for (const error of errors) create('li', undefined, list, formatDataError(error));
}
