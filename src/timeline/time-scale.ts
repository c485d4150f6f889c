/**
 * The timeline's axis: dates as fractional years, and a piecewise-linear scale that gives more width
 * to the years that have events (focus) and keeps the empty ones narrow (context), so 1960–2025 fits
 * while the dense 2010s stay readable. Each year is a band whose width is proportional to its weight.
 */
import { dateBounds, parsePartialDate } from '../data/dates.ts';

/** A stretch of time as fractional years, end exclusive: 2013 is { start: 2013, end: 2014 }. */
export interface TimeExtent {
  start: number;
  end: number;
}

/** Weight of a year with no short event. */
export const CONTEXT_WEIGHT = 1;
/** Extra weight for each event of a year or less that starts in the year... */
export const FOCUS_WEIGHT_PER_EVENT = 3;
/** ...counting at most this many, so one crowded year does not squeeze all the others. */
export const FOCUS_EVENT_CAP = 3;

/**
 * The fractional year at the start of an ISO day.
 * @example yearFraction('2016-07-02') // 2016.5 (2016 is a leap year: day 183 of 366)
 */
export function yearFraction(isoDay: string): number {
  const date = parsePartialDate(isoDay);
  if (!date) return Number.NaN;
  const start = Date.UTC(date.year, 0, 1);
  const day = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  return date.year + (day - start) / (Date.UTC(date.year + 1, 0, 1) - start);
}

/**
 * The stretch of time a date or interval can mean, from the start of its first day to the end of its last.
 * @example dateExtent('2013') // { start: 2013, end: 2014 }
 * @example dateExtent('2016-05/2018') // { start: 2016.33, end: 2019 } (about)
 */
export function dateExtent(date: string): Readonly<TimeExtent> | null {
  // Asked of every event the timeline shows at each filter step: worked out once per text.
  let extent = extentByText.get(date);
  if (extent === undefined) extentByText.set(date, (extent = computeExtent(date)));
  return extent;
}
const extentByText = new Map<string, Readonly<TimeExtent> | null>();

function computeExtent(date: string): Readonly<TimeExtent> | null {
  const bounds = dateBounds(date);
  if (!bounds) return null;
  const end = new Date(`${bounds.end}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return Object.freeze({ start: yearFraction(bounds.start), end: yearFraction(end.toISOString().slice(0, 10)) });
}

/**
 * How wide each year is drawn, relative to the others: years where events of a year or less begin
 * get more room, up to a cap. Longer spans add no weight: they are visible anyway.
 * @param extents - the events' extents
 * @returns one weight per year from firstYear to lastYear
 * @example yearWeights([{ start: 2013, end: 2014 }], 2012, 2014) // [1, 4, 1]
 */
export function yearWeights(extents: readonly TimeExtent[], firstYear: number, lastYear: number): number[] {
  const counts = new Array<number>(Math.max(0, lastYear - firstYear + 1)).fill(0);
  for (const { start, end } of extents) {
    const index = Math.floor(start) - firstYear;
    if (end - start <= 1 + 1e-9 && index >= 0 && index < counts.length) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts.map((count) => CONTEXT_WEIGHT + FOCUS_WEIGHT_PER_EVENT * Math.min(count, FOCUS_EVENT_CAP));
}

export interface TimeScale {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Total width in pixels. */
  readonly width: number;
  /** Pixel position of a fractional year, clamped to the axis. */
  x(time: number): number;
  /** The fractional year at a pixel position, clamped to the axis. */
  invert(x: number): number;
  /** The whole year whose band holds a pixel position, clamped to firstYear…lastYear. */
  yearAt(x: number): number;
  /** The relative weight of a year (1 for a context year). */
  weight(year: number): number;
}

/**
 * A piecewise-linear scale over the years firstYear…lastYear (each one a band), `width` pixels wide.
 * @param weights - one weight per year, as from {@link yearWeights}; missing ones count as 1
 * @example createTimeScale({ firstYear: 2000, lastYear: 2001, weights: [1, 3], width: 400 }).x(2001) // 100
 */
export function createTimeScale(options: {
  firstYear: number;
  lastYear: number;
  weights: readonly number[];
  width: number;
}): TimeScale {
  const { firstYear, lastYear, width } = options;
  const count = Math.max(1, lastYear - firstYear + 1);
  const weights = Array.from({ length: count }, (_, i) => Math.max(0, options.weights[i] ?? CONTEXT_WEIGHT));
  const total = weights.reduce((sum, w) => sum + w, 0) || count;
  // edges[i] is the pixel where year firstYear + i begins; edges[count] === width.
  const edges = [0];
  for (const w of weights) edges.push((edges[edges.length - 1] ?? 0) + (w / total) * width);
  const edge = (i: number) => edges[i] ?? width;
  const clampYear = (year: number) => Math.min(lastYear, Math.max(firstYear, year));

  const x = (time: number) => {
    const t = Math.min(firstYear + count, Math.max(firstYear, time));
    const i = Math.min(count - 1, Math.floor(t - firstYear));
    return edge(i) + (t - firstYear - i) * (edge(i + 1) - edge(i));
  };
  const invert = (px: number) => {
    const p = Math.min(width, Math.max(0, px));
    let i = 0;
    while (i < count - 1 && edge(i + 1) <= p) i += 1;
    const band = edge(i + 1) - edge(i);
    return firstYear + i + (band > 0 ? (p - edge(i)) / band : 0);
  };
  return {
    firstYear,
    lastYear,
    width,
    x,
    invert,
    yearAt: (px) => clampYear(Math.floor(invert(px))),
    weight: (year) => weights[year - firstYear] ?? CONTEXT_WEIGHT,
  };
}
