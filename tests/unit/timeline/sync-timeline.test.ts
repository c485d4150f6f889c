// @vitest-environment jsdom
// How many marks the timeline draws when the data outgrows it: all of them up to MAX_MARKS, then
// those in the chosen years, then the first of those, with a note saying which.
import { afterEach, describe, expect, it } from 'vitest';
import { generateSyntheticGeodata } from '../../../scripts/bench/synthetic-geodata.mjs';
import { THEMES } from '../../../src/data/types.ts';
import { validateDataset, type RawDataset } from '../../../src/data/validate-dataset.ts';
import { defaultState } from '../../../src/state/app-state.ts';
import { createEventQuery } from '../../../src/state/event-query.ts';
import { createStore } from '../../../src/state/store.ts';
import { MAX_MARKS, syncTimeline } from '../../../src/timeline/sync-timeline.ts';

const { dataset } = validateDataset(
  generateSyntheticGeodata({ places: 30, events: 3 * MAX_MARKS, seed: 3 }) as unknown as RawDataset,
);
const query = createEventQuery(dataset);

function mount() {
  const store = createStore(defaultState());
  const parent = document.body.appendChild(document.createElement('div'));
  const undo = syncTimeline(parent, store, dataset, query, store.get().years[1]);
  const marks = () => parent.querySelectorAll('.timeline-mark').length;
  const note = () => parent.querySelector<HTMLElement>('.timeline-note');
  return { store, marks, note, undo };
}

afterEach(() => document.body.replaceChildren());

describe('syncTimeline with more events than it draws', () => {
  it('draws the first MAX_MARKS in date order and says how many there are', () => {
    const { marks, note } = mount();
    expect(marks()).toBe(MAX_MARKS);
    expect(note()?.hidden).toBe(false);
    expect(note()?.textContent).toBe(
      `Drawn: the first ${MAX_MARKS} of ${(3 * MAX_MARKS).toLocaleString('en')} events in the chosen years. Narrow the years (drag on the axis) or the themes to draw the others.`,
    );
  });

  it('draws every event in a narrow window, and says it is the window', () => {
    const { store, marks, note } = mount();
    store.set({ years: [2001, 2003] });
    const inWindow = query.index(store.get()).dataset.events.length;
    expect(inWindow).toBeGreaterThan(0);
    expect(inWindow).toBeLessThanOrEqual(MAX_MARKS);
    expect(marks()).toBe(inWindow);
    expect(note()?.textContent).toContain(`the ${inWindow} events in the chosen years`);
  });

  it('draws all and hides the note once the themes leave few enough', () => {
    const { store, marks, note } = mount();
    const theme = THEMES.find((t) => {
      const n = query.allYears({ ...store.get(), themes: [t] }).length;
      return n > 0 && n <= MAX_MARKS;
    });
    expect(theme).toBeDefined();
    store.set({ themes: [theme ?? 'diplomacy'] });
    expect(marks()).toBe(query.allYears(store.get()).length);
    expect(note()?.hidden).toBe(true);
  });
});
