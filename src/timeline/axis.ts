/** Draws the year axis: a tick at each 1 January, labels where they fit, hatching over narrow years. */
import { create } from '../dom.ts';
import { axisYears, contextRuns } from './axis-ticks.ts';
import type { TimeScale } from './time-scale.ts';

/** Room one year label needs, in pixels, at the axis's font size. */
export const YEAR_LABEL_WIDTH = 34;

/**
 * Renders the axis strip and the faint gridlines behind the marks, replacing what was there.
 * @param axis - the strip under the marks
 * @param grid - a layer the height of the track, behind the marks
 */
export function renderAxis(axis: HTMLElement, grid: HTMLElement, scale: TimeScale): void {
  axis.replaceChildren();
  grid.replaceChildren();
  const years = axisYears(scale, YEAR_LABEL_WIDTH);
  // Hatch each run of years drawn narrow, so the reader sees the axis is not to scale there.
  for (const run of contextRuns(years))
    place(create('div', 'timeline-axis-context', axis), run.start, run.end - run.start);
  for (const year of years) {
    place(create('div', `timeline-tick${year.labelled ? ' timeline-tick-major' : ''}`, axis), year.start);
    if (!year.labelled) continue;
    place(create('span', 'timeline-year-label', axis, String(year.year)), year.start);
    place(create('div', 'timeline-gridline', grid), year.start);
  }
}

function place(element: HTMLElement, left: number, width?: number): void {
  element.style.left = `${left}px`;
  if (width !== undefined) element.style.width = `${width}px`;
}
