// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/data/dataset-index.ts';
import { validateDataset } from '../../src/data/validate-dataset.ts';
import type { Dataset } from '../../src/data/types.ts';
import { buildCorridorPopup, buildStationPopup } from '../../src/popups/corridor-popup.ts';
import { handleEventButtons } from '../../src/popups/event-list.ts';
import { buildPlacePopup } from '../../src/popups/place-popup.ts';
import { minimalRawDataset, setAt } from '../fixtures/minimal-dataset.ts';

function fixture(changes: Record<string, unknown> = {}): Dataset {
  const raw = minimalRawDataset();
  // The popup builders only ever get validated data; the fixture's capital plays Bamako.
  setAt(raw, 'places.features.0.properties.id', 'bamako');
  setAt(raw, 'events.1.places', ['bamako']);
  for (const [path, value] of Object.entries(changes)) setAt(raw, path, value);
  const check = validateDataset(raw, '2026-11-22');
  expect(check.ok ? [] : check.errors).toEqual([]);
  return check.dataset;
}

function popupFor(dataset: Dataset, id: string): HTMLElement {
  const place = dataset.places.features.find((f) => f.properties.id === id);
  if (!place) throw new Error(`no place ${id}`);
  return buildPlacePopup(place, indexDataset(dataset));
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
      }),
      'place-b',
    );
    expect(popup.querySelector('.popup-event-date')?.textContent).toBe('May 2025 (month only)');
  });

  it('separates facts about Mali as a whole from events at the capital', () => {
    const popup = popupFor(fixture(), 'bamako');
    const headings = [...popup.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['Mali as a whole (shown at the capital) (1)']);
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
    const popup = popupFor(fixture(), 'place-b');
    const chosen: string[] = [];
    handleEventButtons(popup, 'attack-at-b', (id) => chosen.push(id));
    const button = popup.querySelector<HTMLButtonElement>('.popup-event');
    expect(button?.getAttribute('aria-current')).toBe('true');
    button?.querySelector('span')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(chosen).toEqual(['attack-at-b']);
  });
});

describe('corridor and station popups', () => {
  it('says the line joins stations, and gives computed and published lengths', () => {
    const dataset = fixture();
    const line = dataset.corridor.features[0];
    if (!line) throw new Error('fixture has no corridor');
    const popup = buildCorridorPopup(line, indexDataset(dataset));
    expect(popup.querySelector('.popup-geometry-note')?.textContent).toBe('Joins stations.');
    expect(popup.querySelector('.popup-length')?.textContent).toMatch(
      /^Drawn line: 1,0\d\d km .*Published length: 1,287 km\.$/,
    );
    expect(popup.querySelectorAll('.popup-event')).toHaveLength(1);
  });

  it('shows a station’s distance from Dakar, or says it is not given', () => {
    const dataset = fixture();
    const index = indexDataset(dataset);
    const [first, second] = dataset.stations.features;
    if (!first || !second) throw new Error('fixture has two stations');
    expect(buildStationPopup(first, index).querySelector('.popup-kind')?.textContent).toContain(
      '0 km from Dakar by rail',
    );
    expect(buildStationPopup(second, index).querySelector('.popup-kind')?.textContent).toContain(
      'distance from Dakar not given',
    );
  });
});
