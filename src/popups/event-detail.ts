/**
 * The reading pane's content for one event: everything about it, its places with how sure they
 * are, and the events before and after it in time. Text only; buttons carry `data-event-id` and
 * the pane (src/panel/reading-pane.ts) handles them.
 */
import { create } from '../dom.ts';
import type { DatasetIndex } from '../data/dataset-index.ts';
import type { MapEvent } from '../data/types.ts';
import { formatDate, markDataText, messages, placeName } from '../i18n/i18n.ts';
import { buildEventBody } from './event-body.ts';

/** The names and precision of the event's places, stations or line. */
function placeLines(event: MapEvent, index: DatasetIndex): string[] {
  const { places, stations, corridor } = index.dataset;
  return event.places.map((id) => {
    const point = [...places.features, ...stations.features].find((f) => f.properties.id === id);
    const words = messages();
    if (point)
      return words.reading.located(placeName(point.properties), words.precision[point.properties.precision].label);
    const line = corridor.features.find((f) => f.properties.id === id);
    return line ? words.reading.schematic(line.properties.name) : id;
  });
}

/** A button to another event, named by its date and title. */
function stepButton(label: string, event: MapEvent, parent: HTMLElement): void {
  const button = create('button', 'reading-step', parent);
  button.type = 'button';
  button.dataset.eventId = event.id;
  create('span', 'reading-step-label', button, label);
  const title = create('span', 'reading-step-title', button, `${formatDate(event.date)}${messages().colon}`);
  markDataText(create('span', undefined, title, event.title));
}

/**
 * @param neighbours - the events just before and after, in date order under the filters
 * @example buildEventDetail(event, index, { previous, next })
 */
export function buildEventDetail(
  event: MapEvent,
  index: DatasetIndex,
  neighbours: { previous?: MapEvent; next?: MapEvent },
): HTMLElement {
  const root = create('article', 'event-detail');
  root.dataset.eventId = event.id;
  buildEventBody(event, index, root, 'h2');
  const title = root.querySelector<HTMLElement>('.event-title');
  if (title) {
    title.id = `event-detail-title-${event.id}`;
    title.tabIndex = -1;
    root.setAttribute('aria-labelledby', title.id);
  }
  const where = create('p', 'event-detail-places', root);
  create(
    'strong',
    undefined,
    where,
    event.scope === 'national' ? messages().reading.concerns : messages().reading.where,
  );
  where.append(placeLines(event, index).join('; '));
  // After the date and title, before the summary: where it happened belongs with when.
  root.querySelector('.event-summary')?.before(where);
  const steps = create('nav', 'reading-steps', root);
  steps.setAttribute('aria-label', messages().reading.steps);
  if (neighbours.previous) stepButton(messages().reading.previous, neighbours.previous, steps);
  if (neighbours.next) stepButton(messages().reading.next, neighbours.next, steps);
  return root;
}
