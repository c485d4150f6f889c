/**
 * The whole of an event, as the reading pane shows it: its date (as precise as known, and how it is
 * known), title, cautions, summary, figures, notes, and every citation with its quoted passage.
 */
import { create, externalLink } from '../dom.ts';
import { PRECISION_LABELS, formatDate } from '../data/dates.ts';
import type { DatasetIndex } from '../data/dataset-index.ts';
import type { Citation, Figure, MapEvent } from '../data/types.ts';

const BASIS_LABELS: Record<MapEvent['dateBasis'], string> = {
  stated: '',
  inferred: 'date inferred',
  'other-report': 'date from another report',
};

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
  const when = create('p', 'event-date', parent);
  const time = create('time', undefined, when, formatDate(event.date));
  // A <time> cannot hold an interval; give machines the single dates only.
  if (event.datePrecision !== 'range') time.dateTime = event.date;
  if (event.datePrecision !== 'day')
    create('span', 'event-date-precision', when, ` (${PRECISION_LABELS[event.datePrecision]})`);
  const basis = BASIS_LABELS[event.dateBasis];
  if (basis) create('span', 'event-date-basis', when, ` · ${basis}`);
  create(heading, 'event-title', parent, event.title);
  if (event.caution) create('p', 'event-caution', parent, `Caution: ${event.caution}`);
  create('p', 'event-summary', parent, event.summary);
  if (event.figures?.length) create('p', 'event-figures', parent, event.figures.map(formatFigure).join(' · '));
  for (const figure of event.figures ?? [])
    if (figure.caution) create('p', 'event-caution', parent, `Caution on “${figure.label}”: ${figure.caution}`);
  if (event.dateNote) create('p', 'event-date-note', parent, `Date: ${event.dateNote}${dateSourcesText(event, index)}`);
  if (event.placeNote) create('p', 'event-date-note', parent, `Place: ${event.placeNote}`);
  const citations = create('ul', 'event-citations', parent);
  citations.setAttribute('aria-label', 'Sources');
  for (const citation of event.citations) buildCitation(citation, index, citations);
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
  create('span', 'citation-meta', item, ` — ${source.publisher}, ${formatDate(source.published)}`);
  const quote = create('blockquote', 'citation-quote', item, citation.quote);
  // Quotes are the sources' own words, never translated: the five documents are in English.
  quote.lang = 'en';
  if (address) quote.cite = address;
}

const NUMBER = new Intl.NumberFormat('en-GB');

const CURRENCY_PREFIX: Record<NonNullable<Figure['currency']>, string> = { USD: 'US$', XOF: 'CFA francs ' };

/**
 * A figure as "label: value", e.g. "Investment by Ganfeng: US$138,000,000", "People killed: 3".
 * @example formatFigure({ measure: 'percent', value: 13, label: 'Annual trade growth' }) // 'Annual trade growth: 13%'
 */
export function formatFigure(figure: Figure): string {
  const number = NUMBER.format(figure.value);
  const value =
    figure.measure === 'amount' && figure.currency
      ? `${CURRENCY_PREFIX[figure.currency]}${number}`
      : figure.measure === 'percent'
        ? `${number}%`
        : number;
  return `${figure.label}: ${value}`;
}
