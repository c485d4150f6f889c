/**
 * A timeline of events under the map: one mark per event on a focus+context year axis, a brushable
 * window of years, playback through the events, and keyboard stepping. Framework-free: the app hands
 * it a view with `update` and hears back through `onSelect` and `onYearsChange`.
 */
import { formatDate } from '../data/dates.ts';
import { create } from '../dom.ts';
import { renderAxis } from './axis.ts';
import { setupBrush } from './brush.ts';
import { DEFAULT_LABELS, describeDate, type TimelineLabels } from './labels.ts';
import { markIdOf, setupMarkInput } from './keys.ts';
import { buildLegend } from './legend.ts';
import { layoutMarks, overlapsYears, scrollTarget, type MarkLayout, type PlacedMark } from './mark-layout.ts';
import { buildMarks, placeMarks } from './marks.ts';
import { buildPlayControls } from './play-controls.ts';
import { buildSkeleton } from './skeleton.ts';
import { createPlayback, playStart, stepFrom, stepInterval } from './playback.ts';
import { createTimeScale, dateExtent, yearWeights, type TimeScale } from './time-scale.ts';
import { setupTooltip } from './tooltip.ts';
import type { TimelineEvent, TimelineView } from './types.ts';
import { buildYearRange } from './year-range.ts';
import './timeline.css';
import './timeline-track.css';

export type { TimelineEvent, TimelineView } from './types.ts';
export type { TimelineLabels } from './labels.ts';

export interface TimelineOptions {
  /** Axis extent, whole years, both included. */
  firstYear: number;
  lastYear: number;
  /** A mark was chosen: clicked, Enter or Space, the arrow keys, or playback. */
  onSelect: (eventId: string) => void;
  /** A window was brushed or set with the sliders, in whole years, both included. */
  onYearsChange: (years: [number, number]) => void;
  /** Turns a data date into words; formatDate by default. */
  formatDate?: (date: string) => string;
  labels?: Partial<TimelineLabels>;
}

export interface Timeline {
  update(view: TimelineView): void;
  destroy(): void;
}

/** Narrowest the track is drawn; a narrower container scrolls sideways (phones). */
export const MIN_TRACK_WIDTH = 900;

/**
 * Builds the timeline into `parent`; until the first `update` it shows an empty axis.
 * @returns `update` (skips work when the view's fields are the same objects) and `destroy` (removes
 * every element, listener, observer and timer it added)
 * @example
 * const timeline = createTimeline(el, { firstYear: 1960, lastYear: 2026, onSelect, onYearsChange });
 * timeline.update({ events, selectedId: null, years: [1960, 2026] });
 */
export function createTimeline(parent: HTMLElement, options: TimelineOptions): Timeline {
  const labels: TimelineLabels = { ...DEFAULT_LABELS, ...options.labels };
  const format = options.formatDate ?? formatDate;
  const { firstYear, lastYear } = options;
  const win = parent.ownerDocument.defaultView ?? window;

  const { root, head, scroller, track, grid, shadeBefore, shadeAfter, brush, list, axis, status } = buildSkeleton(
    parent,
    labels,
  );

  let current: TimelineView = { events: [], selectedId: null, years: [firstYear, lastYear] };
  let scale: TimeScale = createTimeScale({ firstYear, lastYear, weights: [], width: MIN_TRACK_WIDTH });
  let layout: MarkLayout = { marks: [], laneCount: 0 };
  let buttons = new Map<string, HTMLButtonElement>();
  /** Where stepping and playback continue from: the selection, or the last mark this component chose. */
  let cursor: string | null = null;
  let destroyed = false;
  let scrollerWidth: number | undefined;

  const reducedMotion = () =>
    typeof win.matchMedia === 'function' && win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const markById = (id: string | null) => layout.marks.find((mark) => mark.event.id === id);
  const dateText = (event: TimelineEvent) => describeDate(event, labels, format);
  const nameOf = ({ event }: PlacedMark) => labels.markName(event.title, dateText(event));
  const inWindow = (mark: PlacedMark) => overlapsYears(mark.time, current.years);
  const allIds = () => layout.marks.map((mark) => mark.event.id);
  // Playback stays inside the brushed window, when it holds any event.
  const playIds = () => {
    const inside = layout.marks.filter(inWindow).map((mark) => mark.event.id);
    return inside.length ? inside : allIds();
  };
  const select = (id: string) => {
    cursor = id;
    options.onSelect(id);
  };

  const controls = buildPlayControls(head, labels, {
    onToggle: () => togglePlay(),
    onSpeed: (speed) => playback.setInterval(stepInterval(speed, reducedMotion())),
  });
  const yearRange = buildYearRange(head, labels, { firstYear, lastYear, onChange: options.onYearsChange });
  buildLegend(labels, head);
  const note = create('p', 'timeline-note', head);
  note.hidden = true;
  const playback = createPlayback({
    interval: stepInterval(1, false),
    step: () => {
      const next = stepFrom(playIds(), cursor, 1);
      if (next === null) return false;
      select(next);
      return stepFrom(playIds(), next, 1) !== null;
    },
    onStateChange: (playing) => {
      controls.setPlaying(playing);
      root.classList.toggle('timeline-playing', playing);
    },
  });
  const togglePlay = () => {
    if (playback.isPlaying()) return playback.pause();
    const ids = playIds();
    if (!ids.length) return;
    const start = playStart(ids, cursor);
    if (start !== null) select(start);
    playback.setInterval(stepInterval(controls.speed(), reducedMotion()));
    playback.play();
  };
  const tooltip = setupTooltip(root, list, scroller, (id) => {
    const mark = markById(id);
    return mark ? { title: mark.event.title, date: dateText(mark.event) } : null;
  });
  const undoBrush = setupBrush(axis, {
    yearAt: (clientX) => scale.yearAt(clientX - track.getBoundingClientRect().left),
    onPreview: (years) => {
      brush.hidden = years === null;
      if (years) setBox(brush, scale.x(years[0]), scale.x(years[1] + 1));
    },
    onCommit: (years) => options.onYearsChange(years),
  });

  /** Fits the scale and layout to the current events and width, and redraws the axis. */
  const measure = () => {
    // The box's width as last measured: reading it here, after the filters changed the page, would
    // force the whole page's layout in the middle of the update (the ResizeObserver keeps it current).
    scrollerWidth ??= scroller.clientWidth;
    const width = Math.max(MIN_TRACK_WIDTH, scrollerWidth);
    const extents = current.events.flatMap((event) => dateExtent(event.date) ?? []);
    scale = createTimeScale({ firstYear, lastYear, weights: yearWeights(extents, firstYear, lastYear), width });
    layout = layoutMarks(current.events, scale);
    track.style.width = `${width}px`;
    renderAxis(axis, grid, scale);
  };
  const rebuild = () => {
    const focusedId = markIdOf(root.ownerDocument.activeElement);
    measure();
    buttons = buildMarks(list, layout.marks, nameOf);
    placeMarks(list, buttons, layout);
    if (focusedId !== null) buttons.get(focusedId)?.focus();
  };
  const showYears = () => {
    const [from, to] = current.years;
    setBox(shadeBefore, 0, scale.x(from));
    setBox(shadeAfter, scale.x(to + 1), scale.width);
    for (const mark of layout.marks) {
      buttons.get(mark.event.id)?.classList.toggle('timeline-mark-outside', !inWindow(mark));
    }
    yearRange.set(current.years);
  };
  const showSelection = (changed: boolean) => {
    const { selectedId } = current;
    for (const [id, button] of buttons) {
      button.classList.toggle('timeline-mark-selected', id === selectedId);
      if (id === selectedId) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
    const focused = markIdOf(root.ownerDocument.activeElement);
    const stop = focused ?? (buttons.has(selectedId ?? '') ? selectedId : allIds()[0]);
    for (const [id, button] of buttons) button.tabIndex = id === stop ? 0 : -1;
    const mark = markById(selectedId);
    if (!changed || !mark) return;
    scrollIntoView(mark);
    status.textContent = labels.selected(nameOf(mark));
  };
  const scrollIntoView = (mark: PlacedMark) => {
    const left = scrollTarget(mark, scroller.scrollLeft, scroller.clientWidth, scale.width);
    if (left === null) return;
    if (typeof scroller.scrollTo === 'function') {
      scroller.scrollTo({ left, behavior: reducedMotion() ? 'auto' : 'smooth' });
    } else scroller.scrollLeft = left;
  };

  const undoInput = setupMarkInput(root, list, {
    ids: allIds,
    current: () => cursor,
    select,
    rove: (id, focus) => {
      for (const [markId, button] of buttons) button.tabIndex = markId === id ? 0 : -1;
      if (focus && id !== null) buttons.get(id)?.focus();
    },
    escape: () => tooltip.hide(),
  });

  const resizeObserver =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          scrollerWidth = scroller.clientWidth;
          if (Math.max(MIN_TRACK_WIDTH, scrollerWidth) === scale.width) return;
          measure();
          placeMarks(list, buttons, layout);
          showYears();
        })
      : null;
  resizeObserver?.observe(scroller);
  measure();
  showYears();

  return {
    update(next) {
      if (destroyed) return;
      const previous = current;
      const eventsChanged = next.events !== previous.events;
      const yearsChanged = !sameYears(next.years, previous.years);
      const selectionChanged = next.selectedId !== previous.selectedId;
      if (next.note !== previous.note) {
        note.textContent = next.note ?? '';
        note.hidden = !next.note;
      }
      if (!eventsChanged && !yearsChanged && !selectionChanged) return;
      current = next;
      if (selectionChanged) cursor = next.selectedId;
      if (eventsChanged) rebuild();
      if (eventsChanged || yearsChanged) showYears();
      if (eventsChanged || selectionChanged) showSelection(selectionChanged);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      playback.destroy();
      controls.destroy();
      yearRange.destroy();
      tooltip.destroy();
      undoBrush();
      resizeObserver?.disconnect();
      undoInput();
      root.remove();
    },
  };
}

function sameYears(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a === b || (a[0] === b[0] && a[1] === b[1]);
}

/** Positions an absolutely placed element from `left` to `right` pixels; nothing when empty. */
function setBox(element: HTMLElement, left: number, right: number): void {
  element.style.left = `${left}px`;
  element.style.width = `${Math.max(0, right - left)}px`;
}
