/** "Save image": the current view as a PNG at twice its density, with title, filters, legend and credits. */
import { create } from '../dom.ts';
import { todayIso } from '../data/dates.ts';
import { buildExportMetadata } from '../export/dataset-metadata.ts';
import { exportFileName } from '../export/export-file-name.ts';
import { saveFile } from '../export/save-file.ts';
import { linkToState } from '../state/url-state.ts';
import { messages } from '../i18n/i18n.ts';
import { CORRIDOR_COLOR, PLACE_KIND_STYLES } from '../theme.ts';
import { filterWordsShown } from './filter-words.ts';
import type { PanelContext } from './panel-context.ts';

/**
 * The credits the map shows now (its attribution: Natural Earth, any online basemap's provider, our
 * sources), read from MapLibre's attribution control.
 * @example mapCredits() // 'Made with Natural Earth | Events: the sources cited in each popup'
 */
export function mapCredits(doc: Document = document): string {
  return doc.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent || 'Made with Natural Earth';
}

/**
 * Adds the button to `parent`.
 * @returns the function that removes it
 */
export function setupSaveImage(parent: HTMLElement, ctx: PanelContext, title: string, version: string): () => void {
  const words = messages().tour;
  const button = create('button', 'share-button', parent, words.saveImage);
  button.type = 'button';
  button.setAttribute('aria-label', words.saveImageLabel);
  button.title = words.saveImageTitle;
  const status = create('p', 'download-status', parent.parentElement ?? parent);
  status.setAttribute('role', 'status');
  button.addEventListener('click', () => {
    const kinds = new Set(ctx.dataset.places.features.map((f) => f.properties.kind));
    const legend = [
      ...[...kinds].map((kind) => ({
        color: PLACE_KIND_STYLES[kind].color,
        label: messages().placeKinds[kind].legend,
      })),
      { color: CORRIDOR_COLOR, label: words.railwayLegend },
    ];
    const link = linkToState(ctx.store.get());
    const image = ctx.mapImage({
      // The page's title, in the reader's language like every word on the image; the file's name
      // keeps the work's title, as downloads and citations do.
      title: messages().page.title,
      filters: filterWordsShown(ctx.store.get(), ctx.dataset),
      legend,
      attribution: messages().print.credits(mapCredits()),
      date: todayIso(),
      link,
      showing: words.imageShowing,
      made: words.imageMade,
      scaleAt: words.scaleAt,
    });
    if (!image) {
      status.textContent = words.noMapImage;
      return;
    }
    const metadata = buildExportMetadata({ title, version, link });
    image.then(
      (png) => {
        saveFile(png, exportFileName(metadata, 'png'), 'image/png');
        status.textContent = words.imageSaved;
      },
      (error: unknown) => (status.textContent = error instanceof Error ? error.message : words.imageFailed),
    );
  });
  return () => {
    button.remove();
    status.remove();
  };
}
