/** Which years the axis labels, so that labels never collide however narrow a year is drawn. */
import type { TimeScale } from './time-scale.ts';

export interface AxisYear {
  year: number;
  /** Left edge of the year's band, in pixels. */
  start: number;
  /** Right edge of the year's band, in pixels. */
  end: number;
  /** True when the year is drawn wider because events fall in it. */
  focus: boolean;
  /** True when the year gets a text label. */
  labelled: boolean;
}

/**
 * Every year's band, and which of them to label: the years with events first (where readers look),
 * then decades (to orient), then every fifth year, each only where it clears the labels already placed. Other years
 * keep their tick only.
 * A label starts at its year's tick (1 January), as on d3's time axes, so a narrow year is not
 * mistaken for its neighbour.
 * @param scale - the axis
 * @param labelWidth - the room one label needs, in pixels
 * @example axisYears(scale, 36).filter((y) => y.labelled).map((y) => y.year) // [1960, 1970, …, 2012, 2013, …]
 */
export function axisYears(scale: TimeScale, labelWidth: number): AxisYear[] {
  const years: AxisYear[] = [];
  for (let year = scale.firstYear; year <= scale.lastYear; year += 1) {
    const start = scale.x(year);
    const end = scale.x(year + 1);
    years.push({ year, start, end, focus: scale.weight(year) > 1, labelled: false });
  }
  const rank = (y: AxisYear) => (y.focus ? 0 : y.year % 10 === 0 ? 1 : y.year % 5 === 0 ? 2 : 3);
  const placed: number[] = [];
  const candidates = years.filter((y) => rank(y) < 3).sort((a, b) => rank(a) - rank(b) || a.year - b.year);
  for (const candidate of candidates) {
    const { start } = candidate;
    const fits = start + labelWidth <= scale.width;
    if (fits && placed.every((other) => Math.abs(other - start) >= labelWidth)) {
      candidate.labelled = true;
      placed.push(start);
    }
  }
  return years;
}

/**
 * The runs of consecutive years drawn narrow (no events), as pixel extents, for hatching.
 * @example contextRuns(axisYears(scale, 34)) // [{ start: 0, end: 120 }, …]
 */
export function contextRuns(years: readonly AxisYear[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let previous: AxisYear | undefined;
  for (const year of years) {
    const last = runs[runs.length - 1];
    if (!year.focus && last && previous && !previous.focus) last.end = year.end;
    else if (!year.focus) runs.push({ start: year.start, end: year.end });
    previous = year;
  }
  return runs;
}
