/** How a date is drawn on the timeline: its shape says how precise it is, its fill how it is known. */
import type { DateBasis, DatePrecision } from '../data/types.ts';

/** `point`: a day or a month; `span`: a whole year or a range, drawn from start to end with end caps. */
export type MarkShape = 'point' | 'span';
/** `solid`: the date is stated in the source; `hollow`: inferred, or taken from another report. */
export type MarkFill = 'solid' | 'hollow';

export interface MarkKind {
  shape: MarkShape;
  fill: MarkFill;
}

/**
 * The mark for a date of the given precision and basis.
 * @param precision - how precise the date is
 * @param basis - how the date is known
 * @returns its shape and fill
 * @example markKind('year', 'inferred') // { shape: 'span', fill: 'hollow' }
 */
export function markKind(precision: DatePrecision, basis: DateBasis): MarkKind {
  return {
    shape: precision === 'day' || precision === 'month' ? 'point' : 'span',
    fill: basis === 'stated' ? 'solid' : 'hollow',
  };
}

/**
 * The CSS classes that draw a mark of this kind (see timeline.css).
 * @example markClasses({ shape: 'point', fill: 'solid' }) // ['timeline-mark-point', 'timeline-mark-solid']
 */
export function markClasses(kind: MarkKind): string[] {
  return [`timeline-mark-${kind.shape}`, `timeline-mark-${kind.fill}`];
}
