/**
 * Downloads: the events the map shows (or all of them) as CSV or GeoJSON, and their sources for
 * reference managers as BibTeX, RIS or CSL-JSON. Each file carries the version, the day, the view's
 * link, the licence and the credits. The citation library loads only when a citation is asked for.
 */
import { create } from '../dom.ts';
import type { Dataset, MapEvent } from '../data/types.ts';
import { citedSources } from '../export/cited-sources.ts';
import { buildExportMetadata, type ExportMetadata } from '../export/dataset-metadata.ts';
import { eventsToCsv } from '../export/events-csv.ts';
import { datasetToGeoJson } from '../export/events-geojson.ts';
import { exportFileName } from '../export/export-file-name.ts';
import { saveFile } from '../export/save-file.ts';
import { CITATION_FORMATS, citationFileText } from '../export/citation-files.ts';
import { filtersChanged } from '../state/filters.ts';
import { filterWords } from './filter-words.ts';
import { linkToState } from '../state/url-state.ts';
import type { PanelContext } from './panel-context.ts';
import { MAP_TITLE } from './share.ts';
import { messages } from '../i18n/i18n.ts';

type Format = {
  /** The format's name, e.g. "CSV". */
  label: string;
  extension: string;
  type: string;
  write: (events: MapEvent[], m: ExportMetadata, written: Dataset) => Promise<string>;
};

/**
 * Adds the Download group to `parent` (the Share and cite section).
 * @returns the function that stops it following the store
 */
export function setupDownloads(parent: HTMLElement, ctx: PanelContext, version: string): () => void {
  const words = messages().downloads;
  const group = create('fieldset', 'downloads', parent);
  create('legend', undefined, group, words.legend);
  const scope = create('div', 'download-scope', group);
  const radios = (['shown', 'all'] as const).map((value) => {
    const label = create('label', 'download-scope-option', scope);
    const radio = create('input', undefined, label);
    radio.type = 'radio';
    radio.name = 'download-scope';
    radio.value = value;
    radio.checked = value === 'shown';
    return { radio, text: create('span', undefined, label) };
  });
  // Downloads hold the data as written, every language in it, whatever language the page is in.
  // What to download is read at the click; the data in full may still have to load.
  const chosenEvents = (): ((written: Dataset) => MapEvent[]) => {
    if (radios[1]?.radio.checked) return (written) => written.events;
    const shown = ctx.filtered().dataset.events;
    return (written) => {
      const writtenById = new Map(written.events.map((event) => [event.id, event]));
      return shown.map((event) => writtenById.get(event.id) ?? event);
    };
  };
  const metadata = () =>
    buildExportMetadata({
      title: MAP_TITLE,
      version,
      link: linkToState(ctx.store.get()),
      filter: radios[1]?.radio.checked ? 'All events' : filterWords(ctx.store.get(), ctx.dataset),
    });
  const formats: Format[] = [
    {
      label: 'CSV',
      extension: 'csv',
      type: 'text/csv;charset=utf-8',
      write: (events, m, written) => Promise.resolve(eventsToCsv(events, written, m)),
    },
    {
      label: 'GeoJSON',
      extension: 'geojson',
      type: 'application/geo+json',
      write: (events, m, written) => Promise.resolve(JSON.stringify(datasetToGeoJson(written, events, m), null, 1)),
    },
    ...CITATION_FORMATS.map(({ name, extension, type }) => ({
      label: name,
      extension,
      type,
      write: (events: MapEvent[], _m: ExportMetadata, written: Dataset) =>
        citationFileText(name, citedSources(events, written.sources)),
    })),
  ];
  const buttons = create('div', 'download-buttons', group);
  const status = create('p', 'download-status', group);
  status.setAttribute('role', 'status');
  for (const format of formats) {
    const button = create('button', 'share-button', buttons, format.label);
    button.type = 'button';
    button.setAttribute('aria-label', words.label(format.label));
    button.title = words.label(format.label);
    button.addEventListener('click', () => {
      const events = chosenEvents();
      const m = metadata();
      void ctx
        .writtenInFull()
        .then(async (written) => {
          const chosen = events(written);
          saveFile(await format.write(chosen, m, written), exportFileName(m, format.extension), format.type);
          status.textContent = words.saved(format.label, chosen.length);
        })
        .catch(() => (status.textContent = words.failed(format.label)));
    });
  }

  const render = () => {
    const [shown, all] = radios;
    if (shown) shown.text.textContent = words.shown(ctx.filtered().dataset.events.length);
    if (all) all.text.textContent = words.all(ctx.dataset.events.length);
  };
  render();
  return ctx.store.subscribe((state, previous) => filtersChanged(state, previous) && render());
}
