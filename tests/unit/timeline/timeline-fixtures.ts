/** Small fixture events and a mounted timeline for the component tests (jsdom). */
import { vi } from 'vitest';
import { createTimeline, type TimelineEvent, type TimelineView } from '../../../src/timeline/timeline.ts';

/** In date order: a stated day, an inferred year, another report's day, a stated range, an inferred month. */
export const EVENTS: readonly TimelineEvent[] = [
  {
    id: 'relations',
    title: 'Relations established',
    date: '1960-10-25',
    datePrecision: 'day',
    dateBasis: 'stated',
    themes: ['diplomacy'],
    scope: 'national',
  },
  {
    id: 'finance-span',
    title: 'Development finance',
    date: '1979/2002',
    datePrecision: 'range',
    dateBasis: 'stated',
    themes: ['finance'],
    scope: 'national',
  },
  {
    id: 'deploy',
    title: 'Troops deploy',
    date: '2013',
    datePrecision: 'year',
    dateBasis: 'inferred',
    themes: ['peacekeeping', 'defence'],
    scope: 'local',
  },
  {
    id: 'camp-attack',
    title: 'Attack on the camp',
    date: '2016-05-31',
    datePrecision: 'day',
    dateBasis: 'other-report',
    themes: ['security'],
    scope: 'local',
  },
  {
    id: 'railway',
    title: 'Railway project',
    date: '2025-07',
    datePrecision: 'month',
    dateBasis: 'inferred',
    themes: ['infrastructure'],
    scope: 'local',
  },
];

export const FIRST_YEAR = 1960;
export const LAST_YEAR = 2026;

/** Mounts a timeline in the document with spies for its callbacks, and shows `view`. */
export function mount(view: Partial<TimelineView> = {}, labels?: Parameters<typeof createTimeline>[1]['labels']) {
  const parent = document.createElement('div');
  document.body.append(parent);
  const onSelect = vi.fn<(id: string) => void>();
  const onYearsChange = vi.fn<(years: [number, number]) => void>();
  const timeline = createTimeline(parent, {
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    onSelect,
    onYearsChange,
    labels,
  });
  const fullView: TimelineView = { events: EVENTS, selectedId: null, years: [FIRST_YEAR, LAST_YEAR], ...view };
  timeline.update(fullView);
  const root = parent.querySelector<HTMLElement>('.timeline');
  if (!root) throw new Error('no timeline rendered');
  return { parent, root, timeline, onSelect, onYearsChange, view: fullView };
}

export function mark(root: HTMLElement, id: string): HTMLButtonElement {
  const button = root.querySelector<HTMLButtonElement>(`.timeline-mark[data-event-id="${id}"]`);
  if (!button) throw new Error(`no mark for ${id}`);
  return button;
}

export function press(target: Element, key: string, type: 'keydown' | 'keyup' = 'keydown'): KeyboardEvent {
  const event = new KeyboardEvent(type, { key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

export function pointer(target: EventTarget, type: string, clientX: number, pointerId = 1): void {
  target.dispatchEvent(new PointerEvent(type, { clientX, pointerId, button: 0, bubbles: true, cancelable: true }));
}

/** Makes matchMedia answer `reduce` to prefers-reduced-motion; returns the undo. */
export function preferReducedMotion(): () => void {
  const original = window.matchMedia;
  window.matchMedia = ((query: string) => ({
    matches: query.includes('prefers-reduced-motion: reduce'),
    media: query,
  })) as typeof window.matchMedia;
  return () => {
    window.matchMedia = original;
  };
}
