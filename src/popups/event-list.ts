/** The list of events in a popup: date (as precise as known), title, summary, and citations. */
import { create, externalLink } from '../dom.ts';
import { PRECISION_LABELS, formatDate } from '../data/dates.ts';
import type { DatasetIndex } from '../data/dataset-index.ts';
import type { Citation, Figure, MapEvent } from '../data/types.ts';

const BASIS_LABELS: Record<MapEvent['dateBasis'], string> = {
  stated: '',
  inferred: 'date inferred',
  'other-report': 'date from another report',
};

/** Builds an ordered list of events; each item names its sources with a link and the quoted passage. */
export function buildEventList(
  events: MapEvent[],
  index: DatasetIndex,
  heading: string,
  parent: HTMLElement,
): HTMLElement {
  const section = create('section', 'popup-section', parent);
  create('h3', 'popup-subheading', section, `${heading} (${events.length})`);
  const list = create('ol', 'popup-events', section);
  for (const event of events) buildEventItem(event, index, list);
  return section;
}

function buildEventItem(event: MapEvent, index: DatasetIndex, list: HTMLElement): void {
  const item = create('li', 'event', list);
  item.dataset.eventId = event.id;
  const when = create('p', 'event-date', item);
  const time = create('time', undefined, when, formatDate(event.date));
  // A <time> cannot hold an interval; give machines the single dates only.
  if (event.datePrecision !== 'range') time.dateTime = event.date;
  if (event.datePrecision !== 'day')
    create('span', 'event-date-precision', when, ` (${PRECISION_LABELS[event.datePrecision]})`);
  const basis = BASIS_LABELS[event.dateBasis];
  if (basis) create('span', 'event-date-basis', when, ` · ${basis}`);
  create('h4', 'event-title', item, event.title);
  create('p', 'event-summary', item, event.summary);
  if (event.caution) create('p', 'event-caution', item, `Caution: ${event.caution}`);
  if (event.figures?.length) create('p', 'event-figures', item, event.figures.map(formatFigure).join(' · '));
  for (const figure of event.figures ?? [])
    if (figure.caution) create('p', 'event-caution', item, `Caution on “${figure.label}”: ${figure.caution}`);
  if (event.dateNote) create('p', 'event-date-note', item, `Date: ${event.dateNote}${dateSourcesText(event, index)}`);
  if (event.placeNote) create('p', 'event-date-note', item, `Place: ${event.placeNote}`);
  const citations = create('ul', 'event-citations', item);
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
