/**
 * "Cite this view" as files for reference managers: the map itself first, then the sources of the
 * events in view, as BibTeX, RIS or CSL-JSON. The citation library loads on the first click.
 */
import { create } from '../dom.ts';
import { citedSources } from '../export/cited-sources.ts';
import { buildExportMetadata } from '../export/dataset-metadata.ts';
import { exportFileName } from '../export/export-file-name.ts';
import { mapCitation } from '../export/map-citation.ts';
import { saveFile } from '../export/save-file.ts';
import { CITATION_FORMATS, citationFileText } from '../export/citation-files.ts';
import { filterWords } from './filter-words.ts';
import { linkToState } from '../state/url-state.ts';
import type { PanelContext } from './panel-context.ts';
import { messages } from '../i18n/i18n.ts';

/**
 * Adds the three buttons to `parent`.
 * @returns the element holding them, to show with the plain-text citation
 */
export function setupViewCitationFiles(
  parent: HTMLElement,
  ctx: PanelContext,
  title: string,
  version: string,
): HTMLElement {
  const words = messages().share;
  const row = create('div', 'share-buttons view-citation-files', parent);
  create('span', 'view-citation-files-label', row, words.viewCitationAs);
  for (const format of CITATION_FORMATS) {
    const button = create('button', 'share-button', row, format.name);
    button.type = 'button';
    button.setAttribute('aria-label', words.viewCitationLabel(format.name));
    button.title = words.viewCitationTitle(format.name);
    button.addEventListener('click', () => {
      const metadata = buildExportMetadata({
        title,
        version,
        link: linkToState(ctx.store.get()),
        filter: filterWords(ctx.store.get(), ctx.dataset),
      });
      const sources = citedSources(ctx.eventsInView(), ctx.dataset.sources);
      void citationFileText(format.name, sources, [mapCitation(metadata)]).then((content) =>
        saveFile(content, exportFileName(metadata, format.extension), format.type),
      );
    });
  }
  return row;
}
