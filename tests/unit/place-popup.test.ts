// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/data/dataset-index.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import type { Dataset } from '../../src/data/types.ts';
import { externalLink } from '../../src/dom.ts';
import { buildEventDetail } from '../../src/popups/event-detail.ts';
import { buildEventList, handleEventButtons } from '../../src/popups/event-list.ts';
import { buildPlacePopup } from '../../src/popups/place-popup.ts';
import { FIXTURE_TODAY, fixtureTexts, minimalDataset, minimalRawDataset, setAt } from '../fixtures/minimal-dataset.ts';

/** The fixture as the popup builders get it (validated), its capital playing Bamako. */
function fixture(changes: Record<string, unknown> = {}): Dataset {
  return minimalDataset({
    'places.features.0.properties.id': 'bamako',
    'events.1.places': ['bamako'],
    ...changes,
  });
}

function popupFor(dataset: Dataset, id: string, currentEvent: string | null = null): HTMLElement {
  const place = dataset.places.features.find((f) => f.properties.id === id);
  if (!place) throw new Error(`no place ${id}`);
  return buildPlacePopup(place, indexDataset(dataset), currentEvent);
}

describe('buildPlacePopup', () => {
  it('is short: name, kind, location precision, distance from Bamako, and its events as buttons', () => {
    const popup = popupFor(fixture(), 'place-b');
    expect(popup.querySelector('h2')?.textContent).toBe('Place B');
    expect(popup.textContent).toContain('Incident site · R, Mali');
    expect(popup.querySelector('.popup-precision')?.textContent).toMatch(
      /^Location near \(UCDP\/AidData geographic precision code 2\)\. .*From a distance in a document\.$/,
    );
    expect(popup.querySelector('.popup-distance')?.textContent).toBe('about 100 km SW of Capital A (straight line)');
    const button = popup.querySelector<HTMLButtonElement>('.event .popup-event');
    expect(button?.dataset.eventId).toBe('attack-at-b');
    expect(button?.textContent).toBe('12 May 2025Attack at B');
    // The quotes and sources are the reading pane's, so the popup never grows over the map.
    expect(popup.querySelector('.citation, blockquote')).toBeNull();
  });

  it('says in the event list when a date is only a month', () => {
    const popup = popupFor(
      fixture({
        'events.0.date': '2025-05',
        'events.0.datePrecision': 'month',
        'events.0.dateBasis': 'inferred',
        'events.0.dateNote': 'From the publication month.',
        'events.0.fr.dateNote': 'D’après le mois de publication.',
      }),
      'place-b',
    );
    expect(popup.querySelector('.popup-event-date')?.textContent).toBe('May 2025 (month only)');
  });

  it('gives Mali as a whole its own popup: its events, and no distance or region for a point that is not a place', () => {
    const popup = popupFor(fixture(), 'bamako');
    const headings = [...popup.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['Events concerning Mali as a whole (1)']);
    expect(popup.querySelector('.popup-kind')?.textContent).toBe('Country-level record');
    expect(popup.querySelector('.popup-distance')).toBeNull();
  });

  it('renders hostile text as text', () => {
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    const popup = popupFor(
      fixture({ 'places.features.1.properties.name': hostile, 'events.0.title': hostile }),
      'place-b',
    );
    expect(popup.querySelector('img, script')).toBeNull();
    expect(popup.querySelector('h2')?.textContent).toBe(hostile);
    expect(popup.querySelector('.popup-event-title')?.textContent).toBe(hostile);
  });
});

describe('handleEventButtons', () => {
  it('reports the chosen event and marks the one shown', () => {
    const popup = popupFor(fixture(), 'place-b', 'attack-at-b');
    const chosen: string[] = [];
    handleEventButtons(popup, (id) => chosen.push(id));
    const button = popup.querySelector<HTMLButtonElement>('.popup-event');
    expect(button?.getAttribute('aria-current')).toBe('true');
    button?.querySelector('span')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(chosen).toEqual(['attack-at-b']);
  });
});

describe('an address that is not http(s) never becomes a link (in the reading pane, where sources are)', () => {
  const UNSAFE = [
    'javascript:alert(document.domain)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'articles/a.html',
  ];

  /** The reading pane's view of the fixture's first event, which cites the fixture's only source. */
  function popupWithSourceUrl(dataset: Dataset): HTMLElement {
    const event = dataset.events.find((e) => e.id === 'attack-at-b');
    if (!event) throw new Error('the fixture has no event "attack-at-b"');
    return buildEventDetail(event, indexDataset(dataset), {});
  }

  it.each(UNSAFE)('%j in sources.json: refused, and the popup names the source as text', (url) => {
    const raw = minimalRawDataset();
    setAt(raw, 'sources.0.url', url);
    const check = loadDataset(fixtureTexts(raw), FIXTURE_TODAY);
    expect(check.ok ? [] : check.errors.map((e) => e.field)).toEqual(['url']);
    const popup = popupWithSourceUrl(check.dataset);
    expect(popup.querySelectorAll('a')).toHaveLength(0);
    expect(popup.querySelector('.citation')?.textContent).toContain('doc-a');
  });

  it.each(UNSAFE)('%j reaching the popup builder anyway (validator bypassed): plain text, no <a>', (url) => {
    const dataset = minimalDataset();
    const [source] = dataset.sources;
    if (!source) throw new Error('the fixture has a source');
    const popup = popupWithSourceUrl({ ...dataset, sources: [{ ...source, url }] });
    expect(popup.querySelectorAll('a')).toHaveLength(0);
    expect(popup.querySelector('.citation-title')?.textContent).toBe('Document A');
    expect(externalLink(url, 'x').tagName).toBe('SPAN');
  });

  it('an http(s) address does become a safe link (the check above can fail)', () => {
    const popup = popupWithSourceUrl(minimalDataset());
    const link = popup.querySelector('a');
    expect(link?.href).toBe('https://example.org/a');
    expect(link?.rel).toBe('noopener noreferrer');
  });
});

describe('a caution in the popup', () => {
  it('flags an event whose claim or figure carries a caution, and no other', () => {
    const plain = popupFor(fixture(), 'place-b');
    expect(plain.querySelector('.popup-event-caution')).toBeNull();
    const flagged = popupFor(
      fixture({
        'events.0.figures.0.caution': 'Another count gives two.',
        'events.0.figures.0.fr.caution': 'Un autre décompte en donne deux.',
      }),
      'place-b',
    );
    expect(flagged.querySelector('.popup-event .popup-event-caution')?.textContent).toBe('caution');
  });
});

describe('buildEventList', () => {
  const base = fixture().events[0];
  if (!base) throw new Error('the fixture has no event');
  const many = Array.from({ length: 250 }, (_, i) => ({ ...base, id: `event-${i}`, title: `Event ${i}` }));
  const ids = (root: HTMLElement) =>
    [...root.querySelectorAll<HTMLElement>('.popup-event')].map((b) => b.dataset.eventId);

  it('lists a long place a page at a time, and always the event in the reading pane, marked', () => {
    const root = document.createElement('div');
    buildEventList(many, 'Events here', root, 'event-180');
    expect(root.querySelector('h3')?.textContent).toBe('Events here (250)');
    expect(ids(root)).toEqual([...many.slice(0, 100).map((e) => e.id), 'event-180']);
    expect(root.querySelector('[aria-current="true"]')?.getAttribute('data-event-id')).toBe('event-180');
    expect(root.querySelector('.show-more')?.textContent).toMatch(/100.*150/);
  });

  it('"Show more" adds the next page, keeps the current event marked and takes the focus to the first new one', () => {
    const root = document.createElement('div');
    document.body.append(root);
    buildEventList(many, 'Events here', root, 'event-180');
    root.querySelector<HTMLButtonElement>('.show-more')?.click();
    expect(ids(root)).toEqual(many.slice(0, 200).map((e) => e.id));
    expect(document.activeElement?.getAttribute('data-event-id')).toBe('event-100');
    expect(root.querySelector('[aria-current="true"]')?.getAttribute('data-event-id')).toBe('event-180');
    root.querySelector<HTMLButtonElement>('.show-more')?.click();
    expect(ids(root)).toHaveLength(250);
    expect(root.querySelector('.show-more')).toBeNull();
    root.remove();
  });
});
