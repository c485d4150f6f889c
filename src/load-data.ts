/**
 * Gets the dataset the build checked, saying plainly on the page when it cannot (missing, slow,
 * cut short, or not the map's data), with a Retry button, so a failed load never leaves a blank map.
 * On the dev server, problems found in the data files are listed above the map as well.
 */
import geodataUrl from 'virtual:geodata-url';
import { fetchGeodata, type GeodataLoad } from './data/fetch-geodata.ts';
import type { Geodata } from './data/types.ts';
import { showDataErrors } from './data-errors.ts';
import { showLoadFailure } from './load-failure.ts';
import { language, messages } from './i18n/i18n.ts';

export interface LoadDataOptions {
  /** The download; the build's geodata by default (tests pass another). */
  load?: () => Promise<GeodataLoad>;
  /** Called after each attempt that fails, as the reader is told. */
  onFailure?: () => void;
}

/**
 * Resolves with the dataset once it is loaded, however many retries that takes.
 * @param container - where a load failure is reported (the map's element)
 */
export function loadData(
  container: HTMLElement,
  {
    load = () => fetchGeodata(new URL(geodataUrl, document.baseURI).href),
    onFailure = () => undefined,
  }: LoadDataOptions = {},
): Promise<Geodata> {
  return new Promise((resolve) => {
    const attempt = () => {
      container.setAttribute('aria-busy', 'true');
      void load().then((result) => {
        if (result.ok) {
          if (result.errors.length) showDataErrors(result.errors, document.body);
          resolve(result.dataset);
        } else {
          container.setAttribute('aria-busy', 'false');
          const message = language() === 'en' ? result.message : messages().notices.loadFailure[result.reason];
          showLoadFailure(container, message, attempt);
          onFailure();
        }
      });
    };
    attempt();
  });
}
