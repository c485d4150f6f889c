/**
 * The whole of an event, as the reading pane shows it: its date (as precise as known, and how it is
 * known), title, cautions, summary, figures, notes, and every citation with its quoted passage.
 */
import { create, externalLink } from '../dom.ts';
import type { DatasetIndex } from '../data/dataset-index.ts';
import type { Citation, Figure, MapEvent } from '../data/types.ts';
import { formatDate, formatMoney, formatNumber, markDataText, markOriginalText, messages } from '../i18n/i18n.ts';

/**
 * The whole of an event: its date (as precise as known, and how it is known), title, cautions,
 * summary, figures, notes and every citation with its quote. Text only.
 * @param heading - the title's element, to fit the outline of what holds it
 */
export function buildEventBody(
  event: MapEvent,
  index: DatasetIndex,
  parent: HTMLElement,
  heading: 'h2' | 'h3' | 'h4',
): void {
  const words = messages();
  const when = create('p', 'event-date', parent);
  const time = create('time', undefined, when, formatDate(event.date));
  // A <time> cannot hold an interval; give machines the single dates only.
  if (event.datePrecision !== 'range') time.dateTime = event.date;
  if (event.datePrecision !== 'day')
    create('span', 'event-date-precision', when, ` (${words.dates.precision[event.datePrecision]})`);
  const basis = words.dates.basis[event.dateBasis];
  if (basis) create('span', 'event-date-basis', when, ` · ${basis}`);
  markDataText(create(heading, 'event-title', parent, event.title));
  if (event.caution) labelled('event-caution', words.reading.caution, event.caution, parent);
  markDataText(create('p', 'event-summary', parent, event.summary));
  if (event.figures?.length) {
    const figures = create('p', 'event-figures', parent);
    event.figures.forEach((figure, i) => {
      if (i) figures.append(' · ');
      markDataText(create('span', undefined, figures, figure.label));
      figures.append(`${words.colon}${figureValue(figure)}`);
    });
  }
  for (const figure of event.figures ?? [])
    if (figure.caution) labelled('event-caution', words.reading.cautionOn(figure.label), figure.caution, parent);
  if (event.dateNote) {
    const note = labelled('event-date-note', words.reading.date, event.dateNote, parent);
    const sources = dateSourcesText(event, index);
    // The sources' names stay as published, in English, beside a note in the reader's language.
    if (sources) markOriginalText(create('span', undefined, note, sources));
  }
  if (event.placeNote) labelled('event-date-note', words.reading.place, event.placeNote, parent);
  const citations = create('ul', 'event-citations', parent);
  citations.setAttribute('aria-label', words.reading.sources);
  for (const citation of event.citations) buildCitation(citation, index, citations);
}

/** A paragraph of the interface's `label` then the data's `text`, marked as data. */
function labelled(className: string, label: string, text: string, parent: HTMLElement): HTMLElement {
  const paragraph = create('p', className, parent, label);
  markDataText(create('span', undefined, paragraph, text));
  return paragraph;
}

function dateSourcesText(event: MapEvent, index: DatasetIndex): string {
  const names = (event.dateSources ?? []).map((id) => {
    const source = index.sourceById.get(id);
    return source ? `${source.publisher}, “${source.title}”` : id;
  });
  return names.length ? ` (${names.join('; ')})` : '';
}

function buildCitation(citation: Citation, index: DatasetIndex, list: HTMLElement): void {
  const item = create('li', 'citation', list);
  const source = index.sourceById.get(citation.source);
  if (!source) {
    create('span', undefined, item, citation.source);
    return;
  }
  const address = source.url ?? source.archiveUrl;
  const title = address ? externalLink(address, source.title, item) : create('span', undefined, item, source.title);
  title.classList.add('citation-title');
  markOriginalText(title);
  create('span', 'citation-meta', item, ` — ${source.publisher}, ${formatDate(source.published)}`);
  const quote = create('blockquote', 'citation-quote', item, citation.quote);
  // Quotes are the sources' own words, never translated: the five documents are in English.
  quote.lang = 'en';
  if (address) quote.cite = address;
}

/**
 * A figure as "label: value", e.g. "Investment by Ganfeng: US$138,000,000", "People killed: 3".
 * @example formatFigure({ measure: 'percent', value: 13, label: 'Annual trade growth' }) // 'Annual trade growth: 13%'
 */
export function formatFigure(figure: Figure): string {
  return `${figure.label}${messages().colon}${figureValue(figure)}`;
}

/** A figure's value in the current language: "US$138,000,000", « 138 millions de dollars US ». */
function figureValue(figure: Figure): string {
  if (figure.measure === 'amount' && figure.currency) return formatMoney(figure.value, figure.currency);
  const number = formatNumber(figure.value);
  return figure.measure === 'percent' ? messages().percent(number) : number;
}
