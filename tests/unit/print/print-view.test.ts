// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/data/dataset-index.ts';
import { validateDataset } from '../../../src/data/validate-dataset.ts';
import { setLanguage, loadCatalogue } from '../../../src/i18n/i18n.ts';
import type { PanelContext } from '../../../src/panel/panel-context.ts';
import { setupPrintView, type PrintOptions } from '../../../src/print/print-view.ts';
import { defaultState } from '../../../src/state/app-state.ts';
import { select } from '../../../src/state/selection.ts';
import { createEventQuery } from '../../../src/state/event-query.ts';
import { createStore } from '../../../src/state/store.ts';
import { minimalRawDataset } from '../../fixtures/minimal-dataset.ts';

const { dataset } = validateDataset(minimalRawDataset(), '2026-11-22');
const PIXELS = 'data:image/png;base64,iVBORw0KGgo=';

/** jsdom has no matchMedia: a print media query the test switches by hand. */
const printMedia = Object.assign(new EventTarget(), { matches: false, media: 'print' });
const mediaChange = (matches: boolean) => {
  printMedia.matches = matches;
  printMedia.dispatchEvent(Object.assign(new Event('change'), { matches }));
};

beforeEach(() => {
  window.matchMedia = () => printMedia as unknown as MediaQueryList;
  document.body.innerHTML = `
    <header class="site-header"><h1>China–Mali relations: a sourced map</h1><p class="site-tagline">Choose</p></header>
    <div class="layout"><main id="map"></main><section id="reading-pane" hidden></section></div>`;
});
afterEach(() => setLanguage('en'));

function printView(options: Partial<PrintOptions> = {}, hasMap = true) {
  const store = createStore({ ...defaultState(), lang: 'en' as const });
  const ctx: PanelContext = {
    store,
    dataset,
    filtered: () => indexDataset(dataset),
    writtenInFull: () => Promise.resolve(dataset),
    query: createEventQuery(dataset),
    hasMap: () => hasMap,
    eventsInView: () => dataset.events,
    mapImage: () => null,
  };
  const byId = (id: string) => document.getElementById(id) ?? document.body;
  const page = {
    header: document.querySelector<HTMLElement>('.site-header') ?? document.body,
    map: byId('map'),
    readingPane: byId('reading-pane'),
  };
  const undo = setupPrintView(page, ctx, {
    version: '9.9.9',
    snapshot: () => PIXELS,
    legend: () => [
      {
        title: 'Places',
        toggles: [{ key: 'capital', label: 'Capital', swatch: { shape: 'circle', color: '#b2182b' }, layerIds: [] }],
      },
    ],
    ...options,
  });
  return { store, undo };
}

const printOnly = () => document.querySelectorAll('.print-only');

// French words are a chunk of their own, loaded on first use (src/i18n/i18n.ts).
beforeAll(() => loadCatalogue('fr'));

describe('setupPrintView', () => {
  it('adds nothing until the browser prints', () => {
    const { undo } = printView();
    expect(printOnly()).toHaveLength(0);
    undo();
  });

  it('on beforeprint: the link and date under the title, the map image, the legend after the map', () => {
    const { store, undo } = printView();
    select(store, 'place-b', { eventId: 'attack-at-b' });
    window.dispatchEvent(new Event('beforeprint'));
    const header = document.querySelector('h1 + .print-header');
    expect(header?.querySelector('.print-date')?.textContent).toMatch(/^Printed \d{1,2} \w+ \d{4} · version 9\.9\.9$/);
    expect(header?.querySelector('.print-url')?.textContent).toMatch(/#.*place=place-b&event=attack-at-b/);
    const image = document.querySelector<HTMLImageElement>('#map > img.print-map-image');
    expect(image?.getAttribute('src')).toBe(PIXELS);
    expect(image?.alt).toBeTruthy();
    const legend = document.querySelector('#map + .print-legend');
    expect(legend?.querySelector('.print-summary')?.textContent).toBe('Showing 2 of 2 events, at 2 of 2 places.');
    expect(legend?.querySelector('.print-filters')?.textContent).toMatch(/^Filters: years 1960–\d{4} · all themes$/);
    expect(legend?.querySelector('.print-key-item')?.textContent).toBe('Capital');
    // The event is in the reading pane: no place section.
    expect(document.querySelector('.print-place')).toBeNull();
    undo();
  });

  it('gives a place chosen without an event its events in full, after the reading pane', () => {
    const { store, undo } = printView();
    select(store, 'place-b');
    window.dispatchEvent(new Event('beforeprint'));
    const place = document.querySelector('#reading-pane + .print-place');
    expect(place?.querySelector('.citation-quote')?.textContent).toBe('an armed group killed three people');
    undo();
  });

  it('prepares once when both beforeprint and the print media query say so, and takes it all away after', () => {
    const { undo } = printView();
    window.dispatchEvent(new Event('beforeprint'));
    mediaChange(true);
    expect(document.querySelectorAll('.print-header')).toHaveLength(1);
    expect(document.querySelectorAll('.print-map-image')).toHaveLength(1);
    window.dispatchEvent(new Event('afterprint'));
    mediaChange(false);
    expect(printOnly()).toHaveLength(0);
    // The media query alone also prepares and restores the page.
    mediaChange(true);
    expect(document.querySelectorAll('.print-legend')).toHaveLength(1);
    mediaChange(false);
    expect(printOnly()).toHaveLength(0);
    undo();
  });

  it('prints without an image when the map cannot be read, and without key or credits with no map', () => {
    const { undo } = printView(
      {
        snapshot: () => {
          throw new Error('The canvas has been tainted by cross-origin data.');
        },
      },
      false,
    );
    window.dispatchEvent(new Event('beforeprint'));
    expect(document.querySelector('.print-map-image')).toBeNull();
    expect(document.querySelector('.print-legend .print-key')).toBeNull();
    expect(document.querySelector('.print-legend .print-summary')).not.toBeNull();
    undo();
  });

  it('speaks the interface’s language', () => {
    setLanguage('fr');
    const { undo } = printView();
    window.dispatchEvent(new Event('beforeprint'));
    expect(document.querySelector('.print-date')?.textContent).toMatch(/^Imprimé le /);
    expect(document.querySelector('.print-link')?.textContent).toMatch(/^Lien\u00a0: /);
    undo();
  });

  it('once undone, removes what it added and no longer listens', () => {
    const { undo } = printView();
    window.dispatchEvent(new Event('beforeprint'));
    undo();
    expect(printOnly()).toHaveLength(0);
    window.dispatchEvent(new Event('beforeprint'));
    mediaChange(true);
    expect(printOnly()).toHaveLength(0);
    mediaChange(false);
  });
});
