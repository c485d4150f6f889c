/** The timeline's fixed elements, built once; timeline.ts fills and updates them. */
import { create } from '../dom.ts';
import type { TimelineLabels } from './labels.ts';

export interface TimelineSkeleton {
  /** The landmark: a region named by the labels' `region`. */
  root: HTMLElement;
  /** Heading, controls and legend. */
  head: HTMLElement;
  /** Scrolls sideways when the track is wider than the page. */
  scroller: HTMLElement;
  /** As wide as the axis; holds the layers below, stacked. */
  track: HTMLElement;
  grid: HTMLElement;
  /** Dim the years before and after the window. */
  shadeBefore: HTMLElement;
  shadeAfter: HTMLElement;
  /** The window being dragged. */
  brush: HTMLElement;
  /** The marks, in date order. */
  list: HTMLOListElement;
  axis: HTMLElement;
  /** Polite live region. */
  status: HTMLElement;
}

/** Builds the empty timeline into `parent`. */
export function buildSkeleton(parent: HTMLElement, labels: TimelineLabels): TimelineSkeleton {
  const root = create('section', 'timeline', parent);
  root.setAttribute('role', 'region');
  root.setAttribute('aria-label', labels.region);
  const head = create('div', 'timeline-head', root);
  create('h2', 'timeline-title', head, labels.region);
  const scroller = create('div', 'timeline-scroll', root);
  const track = create('div', 'timeline-track', scroller);
  const grid = create('div', 'timeline-grid', track);
  const shadeBefore = create('div', 'timeline-shade', track);
  const shadeAfter = create('div', 'timeline-shade', track);
  const brush = create('div', 'timeline-brush', track);
  brush.hidden = true;
  const list = create('ol', 'timeline-marks', track);
  list.setAttribute('aria-label', labels.marks);
  const axis = create('div', 'timeline-axis', track);
  // The sliders are the accessible way to choose years, and each mark's name says its date.
  axis.setAttribute('aria-hidden', 'true');
  const status = create('p', 'timeline-visually-hidden', root);
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  return { root, head, scroller, track, grid, shadeBefore, shadeAfter, brush, list, axis, status };
}
