/**
 * "Copy link" and "Cite this view": the address of exactly this view, and its citation as plain text
 * or as files for reference managers; then the downloads of the data itself.
 */
import { create } from '../dom.ts';
import { todayIso } from '../data/dates.ts';
import { combineUndo } from '../state/store.ts';
import { citeView } from './citation-text.ts';
import { setupDownloads } from './downloads.ts';
import { setupEmbedSnippet } from './embed-snippet.ts';
import { setupSaveImage } from './save-image.ts';
import { linkToState } from '../state/url-state.ts';
import type { PanelContext } from './panel-context.ts';
import { setupViewCitationFiles } from './view-citation-files.ts';
import { messages } from '../i18n/i18n.ts';

/** The map's title in its citations and downloads: the published work's own title, never translated. */
export const MAP_TITLE = 'China–Mali relations: a sourced map';

/** @returns the function that removes it and stops its parts following the store */
export function setupShare(parent: HTMLElement, ctx: PanelContext, version: string): () => void {
  const words = messages().share;
  const section = create('section', 'panel-section panel-share', parent);
  create('h2', 'panel-heading', section, words.heading);
  const buttons = create('div', 'share-buttons', section);
  const copyLink = create('button', 'share-button', buttons, words.copyLink);
  copyLink.type = 'button';
  const cite = create('button', 'share-button', buttons, words.citeView);
  cite.type = 'button';
  const status = create('p', 'share-status', section);
  status.setAttribute('role', 'status');
  const citationLabel = create('label', 'share-citation', section);
  citationLabel.hidden = true;
  create('span', undefined, citationLabel, words.citation);
  const citation = create('textarea', undefined, citationLabel);
  citation.readOnly = true;
  citation.rows = 8;
  const citationFiles = setupViewCitationFiles(section, ctx, MAP_TITLE, version);
  citationFiles.hidden = true;

  copyLink.addEventListener('click', () => {
    const link = linkToState(ctx.store.get());
    void copyText(link).then((copied) => {
      status.textContent = copied ? words.linkCopied : words.copyThisLink(link);
    });
  });
  cite.addEventListener('click', () => void citeThisView());
  const citeThisView = async () => {
    citation.value = citeView({
      title: MAP_TITLE,
      version,
      date: todayIso(),
      link: linkToState(ctx.store.get()),
      events: ctx.eventsInView(),
      sources: ctx.dataset.sources,
    });
    citationLabel.hidden = false;
    citationFiles.hidden = false;
    citation.select();
    status.textContent = (await copyText(citation.value)) ? words.citationCopied : words.citationSelected;
  };
  return combineUndo(
    setupSaveImage(buttons, ctx, MAP_TITLE, version),
    setupEmbedSnippet(buttons, () => ctx.store.get(), MAP_TITLE),
    setupDownloads(section, ctx, version),
    () => section.remove(),
  );
}

/** Writes to the clipboard where the browser allows it; false where it does not (no permission, http). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
