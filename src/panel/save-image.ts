/** "Save image": the current view as a PNG at twice its density, with title, filters, legend and credits. */
import { create } from '../dom.ts';
import { todayIso } from '../data/dates.ts';
import { buildExportMetadata } from '../export/dataset-metadata.ts';
import { exportFileName } from '../export/export-file-name.ts';
import { saveFile } from '../export/save-file.ts';
import { linkToState } from '../state/url-state.ts';
import { CORRIDOR_COLOR, PLACE_KIND_STYLES } from '../theme.ts';
import { filterWords } from './filter-words.ts';
import type { PanelContext } from './panel-context.ts';

/**
 * Adds the button to `parent`.
 * @returns the function that removes it
 */
export function setupSaveImage(parent: HTMLElement, ctx: PanelContext, title: string, version: string): () => void {
  const button = create('button', 'share-button', parent, 'Save image');
  button.type = 'button';
  button.setAttribute('aria-label', 'Save image of the map (PNG)');
  button.title = 'Save a PNG of this view, with its title, filters, legend and credits';
  const status = create('p', 'download-status', parent.parentElement ?? parent);
  status.setAttribute('role', 'status');
  button.addEventListener('click', () => {
    const kinds = new Set(ctx.dataset.places.features.map((f) => f.properties.kind));
    const legend = [
      ...[...kinds].map((kind) => ({ color: PLACE_KIND_STYLES[kind].color, label: PLACE_KIND_STYLES[kind].legend })),
      { color: CORRIDOR_COLOR, label: 'Dakar–Bamako railway (schematic)' },
    ];
    const credits = document.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? 'Made with Natural Earth';
    const link = linkToState(ctx.store.get());
    const image = ctx.mapImage({
      title,
      filters: filterWords(ctx.store.get(), ctx.dataset),
      legend,
      attribution: `${credits}. Data: CC BY 4.0.`,
      date: todayIso(),
      link,
    });
    if (!image) {
      status.textContent = 'There is no map to save in this browser.';
      return;
    }
    const metadata = buildExportMetadata({ title, version, link });
    image.then(
      (png) => {
        saveFile(png, exportFileName(metadata, 'png'), 'image/png');
        status.textContent = 'Image saved.';
      },
      (error: unknown) =>
        (status.textContent = error instanceof Error ? error.message : 'The image could not be made.'),
    );
  });
  return () => {
    button.remove();
    status.remove();
  };
}
